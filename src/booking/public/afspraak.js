/*
 * The citizen's appointment pages: booking (/afspraak) and the page behind the link in the confirmation
 * (/afspraak/beheer/:token), both on the public JSON API (/api/public/services, …/availability,
 * /api/public/appointments). Plain ES2019, no build step; served as a file because the pages allow no
 * inline scripts. Times are shown in Europe/Brussels, whatever the visitor's own time zone.
 */
(function () {
  'use strict';

  var TZ = 'Europe/Brussels';
  /** the API accepts at most 62 days per availability question: from and from + 61 */
  var CHUNK_DAYS = 61;

  function $(id) {
    return document.getElementById(id);
  }

  function parseJson(raw) {
    try {
      return JSON.parse(raw || '{}');
    } catch (e) {
      return {};
    }
  }

  function fill(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (_m, k) {
      return values[k] === undefined ? '' : String(values[k]);
    });
  }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined && content !== null) node.textContent = content;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  /** Sends a JSON request without cookies: a logged-in agent's session (and its CSRF rule) has nothing to do with a citizen's booking. */
  function api(method, url, body) {
    var opts = { method: method, credentials: 'omit', cache: 'no-store', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(url, opts).then(function (res) {
      return res
        .json()
        .catch(function () {
          return {};
        })
        .then(function (answer) {
          return { status: res.status, ok: res.ok, answer: answer || {} };
        });
    });
  }

  /* ---- dates and times in Brussels ---- */

  function Clock(lang) {
    var locale = lang === 'en' ? 'en-GB' : 'nl-BE';
    var day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: TZ });
    var fullDay = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: TZ,
    });
    var time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TZ });
    var parts = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TZ });
    function isoDay(date) {
      var p = {};
      parts.formatToParts(date).forEach(function (x) {
        p[x.type] = x.value;
      });
      return p.year + '-' + p.month + '-' + p.day;
    }
    return {
      /** YYYY-MM-DD of a moment, in Brussels */
      dayOf: function (iso) {
        return isoDay(new Date(iso));
      },
      today: function () {
        return isoDay(new Date());
      },
      addDays: function (isoDate, n) {
        var d = new Date(isoDate + 'T12:00:00Z');
        d.setUTCDate(d.getUTCDate() + n);
        return d.toISOString().slice(0, 10);
      },
      /** "dinsdag 1 december" */
      day: function (iso) {
        return day.format(new Date(iso));
      },
      /** "dinsdag 1 december 2026" */
      fullDay: function (iso) {
        return fullDay.format(new Date(iso));
      },
      /** "09:15" */
      time: function (iso) {
        return time.format(new Date(iso));
      },
    };
  }

  /* ---- errors next to the fields and in a summary that receives focus ---- */

  /** The API's English messages in the page's language (the page gives the Dutch ones in data-messages). */
  function Translator(text, messages) {
    return function (message) {
      if (!message) return message;
      var m = /^Too many requests from your address; try again in (\d+) seconds\.$/.exec(message);
      if (m) return fill(text.tooMany, { s: m[1] });
      if (/^Invalid (request body|query|parameters)\./.test(message)) return text.checkFields;
      if (/^Too big:/.test(message)) return text.tooLong;
      return messages[message] || message;
    };
  }

  /**
   * scope: the element holding the fields ([data-field=name], #<prefix>-<name>-error, inputs named name);
   * summary: the box at the top of the step.
   */
  function Errors(scope, prefix, summary, text, translate) {
    function inputs(name) {
      return scope ? Array.prototype.slice.call(scope.querySelectorAll('[name="' + name + '"]')) : [];
    }
    function clearOne(name) {
      var box = scope && scope.querySelector('[data-field="' + name + '"]');
      var p = $(prefix + '-' + name + '-error');
      if (box) box.classList.remove('field-error');
      if (p) {
        p.hidden = true;
        p.textContent = '';
      }
      inputs(name).forEach(function (input) {
        input.removeAttribute('aria-invalid');
        if (!p) return;
        var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
          return id && id !== p.id;
        });
        if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
        else input.removeAttribute('aria-describedby');
      });
    }
    function clearAll() {
      if (scope) {
        Array.prototype.forEach.call(scope.querySelectorAll('[data-field]'), function (box) {
          clearOne(box.getAttribute('data-field'));
        });
      }
      summary.hidden = true;
      clear(summary);
    }
    /** Each message next to its field, and all of them as links in the summary, which then gets focus. */
    function show(message, errors) {
      clearAll();
      var list = el('ul');
      var shown = {};
      Object.keys(errors || {}).forEach(function (key) {
        var name = key.split('.')[0];
        var said = translate(errors[key]);
        var box = scope && scope.querySelector('[data-field="' + name + '"]');
        var p = $(prefix + '-' + name + '-error');
        var fields = inputs(name);
        var li = el('li');
        if (box && p && fields.length && !shown[name]) {
          shown[name] = true;
          box.classList.add('field-error');
          p.textContent = said;
          p.hidden = false;
          fields.forEach(function (input) {
            input.setAttribute('aria-invalid', 'true');
            var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
            if (ids.indexOf(p.id) < 0) ids.unshift(p.id);
            input.setAttribute('aria-describedby', ids.join(' '));
          });
          var target = fields[0];
          var a = el('a', '', said);
          a.href = '#' + target.id;
          a.addEventListener('click', function (ev) {
            ev.preventDefault();
            target.focus();
            if (target.scrollIntoView) target.scrollIntoView({ block: 'center' });
          });
          li.appendChild(a);
        } else {
          li.textContent = said;
        }
        list.appendChild(li);
      });
      var said = translate(message);
      if (list.childNodes.length) {
        summary.appendChild(el('p', 'summary-title', text.errors));
        if (said && said !== text.checkFields) summary.appendChild(el('p', '', said));
        summary.appendChild(list);
      } else {
        summary.appendChild(el('p', 'summary-title', said || text.failed));
      }
      summary.hidden = false;
      summary.focus();
    }
    return { show: show, clear: clearAll, clearOne: clearOne, translate: translate };
  }

  /* ---- choosing a day and a time ---- */

  /**
   * The day list and the time buttons under #<prefix>-…: fetches the availability in chunks of at most 62 days
   * up to the product's maxDaysAhead, keeps the days that have free times, and shows one day's times.
   */
  function Picker(prefix, text, clock, translate) {
    var status = $(prefix + '-picker-status');
    var dayBox = $(prefix + '-day-box');
    var select = $(prefix + '-day');
    var timesBox = $(prefix + '-start-box');
    var legend = $(prefix + '-start-legend');
    var list = $(prefix + '-start-list');
    var byDay = {};
    var generation = 0;
    var shownDay = null;

    function addDay(day) {
      var slots = byDay[day];
      var option = el(
        'option',
        '',
        clock.day(slots[0].start) +
          ' (' +
          (slots.length === 1 ? text.oneFree : fill(text.free, { n: slots.length })) +
          ')',
      );
      option.value = day;
      select.appendChild(option);
    }

    function showDay(day, keepStart) {
      shownDay = day;
      select.value = day;
      clear(list);
      var slots = byDay[day] || [];
      legend.textContent = slots.length ? fill(text.timesOn, { day: clock.day(slots[0].start) }) : '';
      slots.forEach(function (slot, i) {
        var label = el('label', 'slot');
        var input = document.createElement('input');
        input.type = 'radio';
        input.name = 'start';
        input.id = prefix + '-start-' + i;
        input.value = slot.start;
        if (slot.start === keepStart) {
          input.checked = true;
          label.classList.add('checked');
        }
        label.appendChild(input);
        // the name a screen reader gives the button: "dinsdag 1 december om 09:15"
        label.appendChild(el('span', 'sr-only', clock.day(slot.start) + ' ' + text.at + ' '));
        label.appendChild(el('span', 'slot-time', clock.time(slot.start)));
        list.appendChild(label);
      });
      timesBox.hidden = slots.length === 0;
    }

    select.addEventListener('change', function () {
      showDay(select.value);
    });
    list.addEventListener('change', function () {
      Array.prototype.forEach.call(list.querySelectorAll('.slot'), function (label) {
        var input = label.querySelector('input');
        label.classList.toggle('checked', !!(input && input.checked));
      });
    });

    /**
     * service: {id, maxDaysAhead}; keep: {day, start} to show again after a reload; except: a start not to offer
     * (the appointment being moved). Resolves when every chunk is in.
     */
    function load(service, keep, except) {
      var mine = ++generation;
      byDay = {};
      var days = [];
      shownDay = null;
      keep = keep || {};
      clear(select);
      clear(list);
      dayBox.hidden = true;
      timesBox.hidden = true;
      status.textContent = text.loadingTimes;
      var first = clock.today();
      var ahead = Math.max(0, Number(service.maxDaysAhead) || 60);
      var last = clock.addDays(first, ahead);

      function chunk(from) {
        var to = clock.addDays(from, CHUNK_DAYS);
        if (to > last) to = last;
        var url = '/api/public/services/' + encodeURIComponent(service.id) + '/availability?from=' + from + '&to=' + to;
        return api('GET', url).then(function (r) {
          if (mine !== generation) return;
          if (!r.ok) {
            var err = new Error(r.answer.message || 'HTTP ' + r.status);
            err.apiMessage = r.answer.message;
            throw err;
          }
          var fresh = [];
          (r.answer.slots || []).forEach(function (slot) {
            if (slot.start === except) return;
            var day = clock.dayOf(slot.start);
            if (!byDay[day]) {
              byDay[day] = [];
              days.push(day);
              fresh.push(day);
            }
            byDay[day].push(slot);
          });
          fresh.forEach(addDay);
          if (days.length) dayBox.hidden = false;
          if (shownDay === null && days.length) {
            // the day shown before a reload when it still has times; else the first day with free times
            if (keep.day && byDay[keep.day]) showDay(keep.day, keep.start);
            else if (!keep.day || to >= keep.day) showDay(days[0]);
          }
          if (to < last) return chunk(clock.addDays(to, 1));
          if (shownDay === null && days.length) showDay(days[0]);
          status.textContent =
            days.length === 0
              ? fill(text.noTimes, { n: ahead })
              : days.length === 1
                ? text.oneDay
                : fill(text.days, { n: days.length });
        });
      }

      return chunk(first).catch(function (err) {
        if (mine !== generation) return;
        status.textContent = err && err.apiMessage ? translate(err.apiMessage) : text.timesFailed;
      });
    }

    function chosen() {
      var input = list.querySelector('input[name="start"]:checked');
      if (!input) return null;
      var slots = byDay[shownDay] || [];
      for (var i = 0; i < slots.length; i++) if (slots[i].start === input.value) return slots[i];
      return null;
    }

    return {
      load: load,
      chosen: chosen,
      day: function () {
        return shownDay;
      },
    };
  }

  function moment(text, clock, start, end) {
    var values = { day: clock.fullDay(start), time: clock.time(start), end: end ? clock.time(end) : '' };
    return fill(end ? text.momentUntil : text.moment, values);
  }

  function factList(dl, facts) {
    clear(dl);
    facts.forEach(function (f) {
      if (f[1] === null || f[1] === undefined || f[1] === '' || (Array.isArray(f[1]) && !f[1].length)) return;
      dl.appendChild(el('dt', '', f[0]));
      var dd = el('dd');
      if (Array.isArray(f[1])) {
        var ul = el('ul');
        f[1].forEach(function (item) {
          ul.appendChild(el('li', '', item));
        });
        dd.appendChild(ul);
      } else if (f[1] instanceof Node) dd.appendChild(f[1]);
      else dd.textContent = f[1];
      dl.appendChild(dd);
    });
  }

  /** Belgian landlines get no SMS; mobiles (04…) and foreign numbers do. */
  function looksMobile(phone) {
    var digits = String(phone || '').replace(/[^\d+]/g, '');
    var be = /^(?:\+32|0032|0)(\d)/.exec(digits);
    return !be || be[1] === '4';
  }

  /* ---- the booking page ---- */

  function booking(root) {
    var lang = root.dataset.lang === 'en' ? 'en' : 'nl';
    var text = parseJson(root.dataset.text);
    var translate = Translator(text, parseJson(root.dataset.messages));
    var clock = Clock(lang);
    var status = $('booking-status');
    var baseTitle = document.title;
    var services = [];
    var service = null;
    var loadedFor = null;

    var productForm = $('product-form');
    var productList = $('product-list');
    var productNotice = $('product-notice');
    var timeForm = $('time-form');
    var detailsForm = $('details-form');
    var sendButton = $('details-send');
    var productErrors = Errors(productForm, 'book', $('product-summary'), text, translate);
    var timeErrors = Errors(timeForm, 'book', $('time-summary'), text, translate);
    var detailsErrors = Errors(detailsForm, 'book', $('details-summary'), text, translate);
    var picker = Picker('book', text, clock, translate);

    function show(step, focus) {
      ['product', 'time', 'details', 'done'].forEach(function (s) {
        $('step-' + s).hidden = s !== step;
      });
      var heading = $('step-' + step + '-title');
      document.title = heading.textContent + ' – ' + baseTitle;
      if (focus) {
        heading.focus();
        if (heading.scrollIntoView) heading.scrollIntoView({ block: 'start' });
      }
    }

    function info(s) {
      var box = el('div', 'info');
      if (s.description) box.appendChild(el('p', '', s.description));
      var facts = el('p');
      facts.appendChild(document.createTextNode(text.duration + ': ' + fill(text.minutes, { n: s.durationMinutes })));
      if (s.priceNote) facts.appendChild(document.createTextNode(' · ' + text.price + ': ' + s.priceNote));
      box.appendChild(facts);
      if (s.documents && s.documents.length) {
        box.appendChild(el('p', 'bring', text.bring + ':'));
        var ul = el('ul');
        s.documents.forEach(function (d) {
          ul.appendChild(el('li', '', d));
        });
        box.appendChild(ul);
      }
      return box;
    }

    function renderProducts() {
      clear(productList);
      services.forEach(function (s, i) {
        var row = el('div', 'choice');
        var input = document.createElement('input');
        input.type = 'radio';
        input.name = 'service';
        input.id = 'book-service-' + i;
        input.value = s.id;
        var box = info(s);
        box.id = 'book-service-' + i + '-info';
        input.setAttribute('aria-describedby', box.id);
        if (service && service.id === s.id) input.checked = true;
        var label = el('label', '', s.name);
        label.htmlFor = input.id;
        row.appendChild(input);
        row.appendChild(label);
        row.appendChild(box);
        // the whole card is the touch target, not only the small circle and the name
        row.addEventListener('click', function (ev) {
          if (ev.target === input || ev.target === label) return;
          input.checked = true;
          input.focus();
        });
        productList.appendChild(row);
      });
    }

    function toTimes(focus) {
      $('time-product').textContent = service.name + ' (' + fill(text.minutes, { n: service.durationMinutes }) + ')';
      timeErrors.clear();
      show('time', focus);
      if (loadedFor !== service.id) {
        loadedFor = service.id;
        picker.load(service);
      }
    }

    productForm.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var input = productForm.querySelector('input[name="service"]:checked');
      if (!input) return productErrors.show(null, { service: text.needService });
      productErrors.clear();
      service = services.filter(function (s) {
        return s.id === input.value;
      })[0];
      productNotice.hidden = true;
      toTimes(true);
    });

    $('time-other').addEventListener('click', function () {
      renderProducts();
      productErrors.clear();
      show('product', true);
    });
    $('time-back').addEventListener('click', function () {
      renderProducts();
      productErrors.clear();
      show('product', true);
    });

    timeForm.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var slot = picker.chosen();
      if (!slot) return timeErrors.show(null, { start: text.needTime });
      timeErrors.clear();
      factList($('details-choice'), [
        [text.product, service.name],
        [text.when, moment(text, clock, slot.start, slot.end)],
        [text.bring, service.documents || []],
        [text.price, service.priceNote],
      ]);
      detailsErrors.clear();
      show('details', true);
    });

    $('details-back').addEventListener('click', function () {
      detailsErrors.clear();
      show('time', true);
    });

    function done(answer, details, appointment) {
      var body = $('done-body');
      clear(body);
      body.appendChild(el('p', 'code-label', text.code));
      body.appendChild(el('p', 'code', answer.code));
      body.appendChild(el('p', 'hint', text.codeHint));
      var dl = el('dl');
      var place =
        appointment && appointment.location
          ? [appointment.location.name, appointment.location.address].filter(Boolean).join(', ')
          : null;
      factList(dl, [
        [text.product, service.name],
        [text.when, moment(text, clock, answer.start, answer.end)],
        [text.where, place],
        [text.bring, service.documents || []],
        [text.price, service.priceNote],
      ]);
      body.appendChild(dl);
      var sms = details.phone && looksMobile(details.phone);
      var sent =
        details.email && sms ? text.sentBoth : details.email ? text.sentEmail : sms ? text.sentSms : text.sentNone;
      body.appendChild(el('p', 'sent', fill(sent, { email: details.email, phone: details.phone })));
      var manage = el('a', '', text.manage);
      manage.href = answer.manageUrl;
      manage.id = 'done-manage';
      var p = el('p', 'manage-link');
      p.appendChild(manage);
      p.appendChild(el('span', 'hint', ' ' + text.manageHint));
      body.appendChild(p);
      var again = el('a', '', text.another);
      again.href = '/afspraak' + (lang === 'en' ? '?lang=en' : '');
      var p2 = el('p');
      p2.appendChild(again);
      body.appendChild(p2);
      status.textContent = '';
      show('done', true);
    }

    detailsForm.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var slot = picker.chosen();
      var details = {
        name: detailsForm.elements.namedItem('name').value.trim(),
        email: detailsForm.elements.namedItem('email').value.trim(),
        phone: detailsForm.elements.namedItem('phone').value.trim(),
      };
      var local = {};
      if (details.name.length < 2) local.name = text.needName;
      if (!details.email && !details.phone) local.email = text.needContact;
      if (Object.keys(local).length) return detailsErrors.show(null, local);
      if (!slot) return show('time', true);
      detailsErrors.clear();
      sendButton.disabled = true;
      status.textContent = text.sending;
      api('POST', '/api/public/appointments', {
        serviceId: service.id,
        start: slot.start,
        name: details.name,
        email: details.email,
        phone: details.phone,
        language: lang,
      })
        .then(function (r) {
          status.textContent = '';
          if (r.status === 201) {
            // the place is not in the booking's answer: the appointment behind its link has it
            return api(
              'GET',
              '/api/public/appointments/manage/' + encodeURIComponent(r.answer.manageToken) + '?language=' + lang,
            )
              .then(function (m) {
                return m.ok ? m.answer : null;
              })
              .catch(function () {
                return null;
              })
              .then(function (appointment) {
                status.textContent = text.booked;
                done(r.answer, details, appointment);
              });
          }
          var errors = r.answer.errors || {};
          if (r.status === 409 && errors.start !== 'Already booked by you.') {
            // just taken by someone else: back to the times, freshly loaded
            show('time', false);
            timeErrors.show(r.answer.message || text.taken, null);
            picker.load(service, { day: picker.day() });
            return;
          }
          detailsErrors.show(r.answer.message || text.failed, r.status < 500 ? errors : null);
        })
        .catch(function () {
          status.textContent = '';
          detailsErrors.show(text.failed, null);
        })
        .then(function () {
          sendButton.disabled = false;
        });
    });

    // the products, and the one a link from the town's website chose (/afspraak?dienst=kids-id)
    status.textContent = text.loadingServices;
    api('GET', '/api/public/services?language=' + lang)
      .then(function (r) {
        if (!r.ok || !Array.isArray(r.answer)) throw new Error('HTTP ' + r.status);
        status.textContent = '';
        var all = r.answer;
        services = all.filter(function (s) {
          return s.bookableOnline;
        });
        var wanted = (root.dataset.dienst || '').toLowerCase();
        var match = wanted
          ? all.filter(function (s) {
              return s.code.toLowerCase() === wanted;
            })[0]
          : null;
        if (match && match.bookableOnline) {
          service = match;
          renderProducts();
          toTimes(false);
          return;
        }
        if (wanted) {
          productNotice.textContent = match ? fill(text.presetNotOnline, { name: match.name }) : text.presetUnknown;
          productNotice.hidden = false;
        }
        if (!services.length) {
          productNotice.textContent = text.noServices;
          productNotice.hidden = false;
          productForm.hidden = true;
        }
        renderProducts();
        show('product', false);
      })
      .catch(function () {
        status.textContent = text.servicesFailed;
      });
  }

  /* ---- the page behind the link: see, move, cancel ---- */

  function manage(root) {
    var lang = root.dataset.lang === 'en' ? 'en' : 'nl';
    var text = parseJson(root.dataset.text);
    var translate = Translator(text, parseJson(root.dataset.messages));
    var clock = Clock(lang);
    var token = root.dataset.token;
    var url = '/api/public/appointments/manage/' + encodeURIComponent(token);
    var status = $('manage-status');
    var result = $('manage-result');
    var details = $('manage-details');
    var actions = $('manage-actions');
    var moveSection = $('move');
    var moveForm = $('move-form');
    var moveButton = $('manage-move');
    var cancelSection = $('cancel');
    var cancelButton = $('manage-cancel');
    var again = $('manage-again');
    var pageErrors = Errors(null, 'manage', $('manage-summary'), text, translate);
    var moveErrors = Errors(moveForm, 'move', $('move-summary'), text, translate);
    var cancelErrors = Errors(null, 'cancel', $('cancel-summary'), text, translate);
    var picker = Picker('move', text, clock, translate);
    var current = null;

    function render(a) {
      current = a;
      $('manage-code-label').textContent = text.code;
      $('manage-code').textContent = a.code;
      var place = a.location ? [a.location.name, a.location.address].filter(Boolean).join(', ') : null;
      factList($('manage-facts'), [
        [text.status, (text.statuses && text.statuses[a.status]) || a.status],
        [text.product, a.service && a.service.name],
        [text.when, moment(text, clock, a.start, a.end)],
        [text.where, place],
        [text.bring, (a.service && a.service.documents) || []],
        [text.price, a.service && a.service.priceNote],
      ]);
      var note = $('manage-note');
      note.hidden = a.changeable;
      note.textContent = a.changeable ? '' : a.status === 'cancelled' ? text.isCancelled : text.notChangeable;
      details.hidden = false;
      actions.hidden = !a.changeable;
      if (!a.changeable) {
        moveSection.hidden = true;
        cancelSection.hidden = true;
      }
      if (a.status === 'cancelled') {
        again.hidden = false;
        if (a.service && a.service.code)
          $('manage-again-link').href =
            '/afspraak?dienst=' + encodeURIComponent(a.service.code) + (lang === 'en' ? '&lang=en' : '');
      }
    }

    function say(message, extra) {
      clear(result);
      result.appendChild(el('p', '', message));
      if (extra) result.appendChild(extra);
      result.hidden = false;
      result.focus();
    }

    moveButton.addEventListener('click', function () {
      if (!current) return;
      cancelSection.hidden = true;
      result.hidden = true;
      moveErrors.clear();
      $('move-current').textContent = fill(text.current, { when: moment(text, clock, current.start) });
      moveSection.hidden = false;
      $('move-title').focus();
      picker.load(current.service, { day: clock.dayOf(current.start) }, current.start);
    });
    $('move-keep').addEventListener('click', function () {
      moveSection.hidden = true;
      moveButton.focus();
    });
    moveForm.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var slot = picker.chosen();
      if (!slot) return moveErrors.show(null, { start: text.needTime });
      moveErrors.clear();
      var send = $('move-send');
      send.disabled = true;
      status.textContent = text.sending;
      api('PATCH', url, { start: slot.start })
        .then(function (r) {
          status.textContent = '';
          if (r.ok) {
            render(r.answer);
            moveSection.hidden = true;
            say(fill(text.moved, { when: moment(text, clock, r.answer.start) }));
            return;
          }
          if (r.status === 409 && r.answer.errors && r.answer.errors.start) {
            moveErrors.show(r.answer.message || text.taken, null);
            picker.load(current.service, { day: picker.day() }, current.start);
            return;
          }
          moveErrors.show(r.answer.message || text.failed, r.status < 500 ? r.answer.errors : null);
        })
        .catch(function () {
          status.textContent = '';
          moveErrors.show(text.failed, null);
        })
        .then(function () {
          send.disabled = false;
        });
    });

    cancelButton.addEventListener('click', function () {
      if (!current) return;
      moveSection.hidden = true;
      result.hidden = true;
      cancelErrors.clear();
      $('cancel-text').textContent = fill(text.cancelText, {
        service: current.service ? current.service.name : '',
        when: moment(text, clock, current.start),
      });
      cancelSection.hidden = false;
      $('cancel-title').focus();
    });
    $('cancel-no').addEventListener('click', function () {
      cancelSection.hidden = true;
      cancelButton.focus();
    });
    $('cancel-yes').addEventListener('click', function () {
      var yes = $('cancel-yes');
      yes.disabled = true;
      status.textContent = text.sending;
      api('DELETE', url)
        .then(function (r) {
          status.textContent = '';
          if (r.ok) {
            render(r.answer);
            cancelSection.hidden = true;
            say(text.cancelled);
            return;
          }
          cancelErrors.show(r.answer.message || text.failed, null);
        })
        .catch(function () {
          status.textContent = '';
          cancelErrors.show(text.failed, null);
        })
        .then(function () {
          yes.disabled = false;
        });
    });

    status.textContent = text.loading;
    api('GET', url + '?language=' + lang)
      .then(function (r) {
        if (!r.ok) {
          status.textContent = '';
          pageErrors.show(r.answer.message || text.loadFailed, null);
          return;
        }
        status.textContent = '';
        render(r.answer);
      })
      .catch(function () {
        status.textContent = text.loadFailed;
      });
  }

  // the steps only show where this script runs (without it the page says to call)
  var bookingRoot = $('booking');
  var manageRoot = $('manage');
  if (bookingRoot) {
    bookingRoot.hidden = false;
    booking(bookingRoot);
  }
  if (manageRoot) {
    manageRoot.hidden = false;
    manage(manageRoot);
  }
})();
