/*
 * The check-in kiosk (/kiosk?device=…): a touch screen in a plain browser in kiosk mode. A visitor checks in with the
 * code of their appointment (typed, tapped on the keypad, or scanned: a QR scanner types the code and presses Enter),
 * or takes a number for a product during walk-in hours, and gets a queue number to print.
 * It talks to /api/kiosk/services and /api/kiosk/check-in with the device token as X-Device-Token; the token comes
 * from the address once and is kept in sessionStorage (and taken out of the address bar).
 * Plain ES2019, no build step; served as a file because the page allows no inline scripts.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'voordeur.kiosk.device';
  /** back to the welcome screen after the number was shown, and after a visitor walked away half-way */
  var RESULT_IDLE_MS = 20000;
  var IDLE_MS = 60000;
  /** walk-in hours open and close: the welcome screen asks again now and then */
  var REFRESH_MS = 60000;
  var RETRY_MS = 10000;
  var KEYPAD_MAX = 6;
  var TZ = 'Europe/Brussels';

  var root = document.getElementById('kiosk');
  if (!root) return;

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

  var TEXT = parseJson(root.getAttribute('data-text'));
  var LOCALES = parseJson(root.getAttribute('data-locales'));
  var DEFAULT_LANG = TEXT[root.getAttribute('data-lang')] ? root.getAttribute('data-lang') : 'nl';

  var state = { lang: DEFAULT_LANG, screen: null, info: null, busy: false, unset: false, loadSeq: 0 };
  var timers = { idle: 0, refresh: 0 };
  var input = $('code');

  function t(key) {
    var own = TEXT[state.lang] || {};
    return own[key] !== undefined ? own[key] : (TEXT.nl || {})[key] || '';
  }

  function fill(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (_m, k) {
      return values[k] === undefined || values[k] === null ? '' : String(values[k]);
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

  function formatDate(iso, opts) {
    if (!iso) return '';
    try {
      return new Intl.DateTimeFormat(LOCALES[state.lang] || 'nl-BE', Object.assign({ timeZone: TZ }, opts)).format(
        new Date(iso),
      );
    } catch (e) {
      return '';
    }
  }

  /** 09:10 in every language (French would otherwise write "09 h 10" in some browsers) */
  function formatTime(iso, opts) {
    if (!iso) return '';
    try {
      return new Intl.DateTimeFormat('nl-BE', Object.assign({ timeZone: TZ }, opts)).format(new Date(iso));
    } catch (e) {
      return '';
    }
  }

  /** The token from ?device=… (kept for this browser session), else the one kept earlier. */
  function takeToken() {
    var params = new URLSearchParams(window.location.search);
    var fromUrl = params.get('device');
    var stored = null;
    try {
      stored = window.sessionStorage.getItem(TOKEN_KEY);
    } catch (e) {
      stored = null;
    }
    if (!fromUrl) return stored;
    try {
      window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
      // kept safely: take it out of the address bar, where a passer-by could read it
      params.delete('device');
      var rest = params.toString();
      window.history.replaceState(null, '', window.location.pathname + (rest ? '?' + rest : '') + window.location.hash);
    } catch (e) {
      // no sessionStorage (private mode): the address keeps it
    }
    return fromUrl;
  }

  var token = takeToken();

  /** A JSON request with the device token; a kiosk has no session, so no cookies. Network errors answer status 0. */
  function api(method, url, body) {
    var headers = { Accept: 'application/json', 'X-Device-Token': token || '' };
    var opts = { method: method, credentials: 'omit', cache: 'no-store', headers: headers };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(url, opts).then(
      function (res) {
        return res
          .json()
          .catch(function () {
            return {};
          })
          .then(function (answer) {
            return { status: res.status, ok: res.ok, answer: answer || {} };
          });
      },
      function () {
        return { status: 0, ok: false, answer: {} };
      },
    );
  }

  // ---- screens -----------------------------------------------------------------------------------------------

  var SCREENS = ['welcome', 'code', 'walkin', 'result', 'unset'];

  function show(name) {
    state.screen = name;
    SCREENS.forEach(function (s) {
      $('screen-' + s).hidden = s !== name;
    });
    window.scrollTo(0, 0);
    if (name === 'code') {
      input.focus({ preventScroll: true });
    } else if (document.activeElement && document.activeElement !== document.body) {
      // keystrokes (a scanner) land on the page, which sends them to the code
      document.activeElement.blur();
    }
    armIdle();
  }

  function setError(box, message) {
    box.textContent = message || '';
    box.hidden = !message;
  }

  function clearErrors() {
    setError($('code-error'), '');
    setError($('walkin-error'), '');
  }

  /** Puts every word in the chosen language. */
  function applyLanguage() {
    document.documentElement.lang = LOCALES[state.lang] || 'nl-BE';
    document.title = t('title') + ' – ' + (root.getAttribute('data-town') || '');
    Array.prototype.forEach.call(root.querySelectorAll('[data-t]'), function (node) {
      node.textContent = t(node.getAttribute('data-t'));
    });
    Array.prototype.forEach.call(root.querySelectorAll('[data-t-label]'), function (node) {
      node.setAttribute('aria-label', t(node.getAttribute('data-t-label')));
    });
    Array.prototype.forEach.call(root.querySelectorAll('.lang'), function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === state.lang));
    });
    renderInfo();
  }

  function setLanguage(lang, reload) {
    if (!TEXT[lang]) return;
    var changed = lang !== state.lang;
    state.lang = lang;
    clearErrors();
    applyLanguage();
    // product names come in the chosen language
    if (changed && reload) loadServices();
  }

  function notSetUp() {
    state.unset = true;
    clearTimeout(timers.refresh);
    clearTimeout(timers.idle);
    $('location').textContent = '';
    show('unset');
  }

  // ---- the location, its walk-in hours and products ------------------------------------------------------------

  function renderInfo() {
    var info = state.info;
    // just "Welkom": the location's name stands in the bar above; "Welkom in Stadhuis" is not how Dutch says it
    // (nor "Bienvenue à Stadhuis" French), and the name's article cannot be known
    $('location').textContent = info && info.location ? info.location : '';
    $('ticket-location').textContent = info && info.location ? info.location : '';
    $('go-walkin').hidden = !(info && info.walkInOpen);
    $('walkin-closed').hidden = !(info && !info.walkInOpen);
    // today's hours without appointment, when there are any (before they start, or after they ended)
    var hours = $('walkin-hours');
    hours.textContent = info && info.walkInHoursToday ? fill(t('walkInHours'), { hours: info.walkInHoursToday }) : '';
    hours.hidden = !(info && info.walkInHoursToday);
    var list = $('products');
    clear(list);
    var services = (info && info.services) || [];
    if (services.length === 0) {
      list.appendChild(el('p', 'notice', t('noProducts')));
      return;
    }
    services.forEach(function (service) {
      var button = el('button', 'product');
      button.type = 'button';
      button.setAttribute('data-service', service.id);
      button.appendChild(el('span', 'name', service.name));
      if (service.documents && service.documents.length)
        button.appendChild(el('span', 'documents', fill(t('bring'), { documents: service.documents.join(', ') })));
      button.addEventListener('click', function () {
        checkIn({ serviceId: service.id }, $('walkin-error'));
      });
      list.appendChild(button);
    });
  }

  function scheduleRefresh(ms) {
    clearTimeout(timers.refresh);
    timers.refresh = setTimeout(function () {
      // only while nobody is busy with the kiosk: the list must not change under a finger
      if (state.screen === 'welcome' || state.screen === null) loadServices();
      else scheduleRefresh(ms);
    }, ms);
  }

  function loadServices() {
    var seq = ++state.loadSeq;
    var lang = state.lang;
    if (!state.info) $('welcome-status').textContent = t('loading');
    return api('GET', '/api/kiosk/services?language=' + encodeURIComponent(lang)).then(function (r) {
      if (seq !== state.loadSeq || state.unset) return;
      if (r.status === 401 || r.status === 403) return notSetUp();
      if (!r.ok) {
        $('welcome-status').textContent = t('unavailable');
        if (state.screen === null) show('welcome');
        scheduleRefresh(RETRY_MS);
        return;
      }
      state.info = r.answer;
      $('welcome-status').textContent = '';
      renderInfo();
      if (state.screen === null) show('welcome');
      scheduleRefresh(REFRESH_MS);
    });
  }

  function goWelcome(resetLanguage) {
    input.value = '';
    clearErrors();
    if (resetLanguage && state.lang !== DEFAULT_LANG) setLanguage(DEFAULT_LANG, false);
    show('welcome');
    loadServices();
  }

  // ---- idle: back to the start ----------------------------------------------------------------------------------

  function armIdle() {
    clearTimeout(timers.idle);
    if (state.unset || state.screen === null) return;
    if (state.screen === 'welcome') {
      // the next visitor starts in the kiosk's own language
      if (state.lang !== DEFAULT_LANG)
        timers.idle = setTimeout(function () {
          setLanguage(DEFAULT_LANG, true);
        }, IDLE_MS);
      return;
    }
    timers.idle = setTimeout(
      function () {
        goWelcome(true);
      },
      state.screen === 'result' ? RESULT_IDLE_MS : IDLE_MS,
    );
  }

  ['pointerdown', 'keydown', 'input'].forEach(function (type) {
    document.addEventListener(type, armIdle, true);
  });

  // ---- checking in ---------------------------------------------------------------------------------------------

  /**
   * "Your appointment is tomorrow, Friday 4 December, at 09:10. You can check in from 08:40.": the day (today,
   * tomorrow or a date) as the server sees it on the Brussels calendar, the date in the visitor's language.
   */
  function tooEarly(errors) {
    if (!errors.startsAt || !errors.checkInFrom) return t('tooEarlyNoTime');
    var clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    var values = {
      date: formatDate(errors.startsAt, { weekday: 'long', day: 'numeric', month: 'long' }),
      time: formatTime(errors.startsAt, clock),
      from: formatTime(errors.checkInFrom, clock),
    };
    if (!values.time || !values.from) return t('tooEarlyNoTime');
    var key = errors.day === 'today' ? 'tooEarly' : errors.day === 'tomorrow' ? 'tooEarlyTomorrow' : 'tooEarlyLater';
    return fill(t(key), values);
  }

  /** The words for a refusal, in the visitor's language; the server's own message when we have none. */
  function explain(r, body) {
    var answer = r.answer || {};
    var errors = answer.errors || {};
    if (r.status === 0 || r.status >= 500) return t('failed');
    if (r.status === 429) return t('tooMany');
    if (errors.code === 'too_early') return tooEarly(errors);
    if (errors.code === 'too_late') return t('tooLate');
    if (errors.serviceId === 'appointment_only') return t('appointmentOnly') + ' ' + t('howToBook');
    if (errors.serviceId === 'closed')
      return (
        t('closed') + (errors.hours ? ' ' + fill(t('walkInHours'), { hours: errors.hours }) : '') + ' ' + t('howToBook')
      );
    if (r.status === 404)
      return body.code ? t(state.info && state.info.walkInOpen ? 'unknownCodeWalkIn' : 'unknownCode') : t('notServed');
    if (r.status === 409 && body.code && /cancel/i.test(answer.message || '')) return t('cancelled');
    if (r.status === 400 && body.code && errors.code) return t('needCode');
    return answer.message || t('failed');
  }

  function setBusy(busy) {
    state.busy = busy;
    root.setAttribute('aria-busy', String(busy));
    $('code-send').disabled = busy;
    Array.prototype.forEach.call(root.querySelectorAll('.product'), function (b) {
      b.disabled = busy;
    });
  }

  function checkIn(body, errorBox) {
    if (state.busy) return;
    setError(errorBox, '');
    setBusy(true);
    body.language = state.lang;
    api('POST', '/api/kiosk/check-in', body)
      .then(function (r) {
        if (r.ok) return showResult(r.answer);
        if (r.status === 401 || r.status === 403) return notSetUp();
        setError(errorBox, explain(r, body));
        if (body.code) {
          // a second scan or a retyped code replaces this one
          input.focus({ preventScroll: true });
          input.select();
        }
        // walk-in hours may just have ended
        if ((r.answer.errors || {}).serviceId === 'closed') loadServices();
      })
      .then(function () {
        setBusy(false);
      });
  }

  function showResult(answer) {
    $('result-number').textContent = answer.number || '';
    $('result-service').textContent = answer.service || '';
    var before = typeof answer.waitingBefore === 'number' ? answer.waitingBefore : 0;
    $('result-position').textContent = fill(t('position'), { n: before + 1 });
    var at = $('result-appointment');
    at.hidden = !answer.appointmentAt;
    at.textContent = answer.appointmentAt
      ? fill(t('appointmentAt'), { time: formatDate(answer.appointmentAt, { hour: '2-digit', minute: '2-digit' }) })
      : '';
    var documentLine = $('result-document');
    documentLine.hidden = !answer.document;
    documentLine.textContent = answer.document
      ? fill(t('documentReady'), { document: answer.document.name, reference: answer.document.reference })
      : '';
    $('ticket-number').textContent = answer.number || '';
    $('ticket-service').textContent = answer.service || '';
    $('ticket-time').textContent = fill(t('checkedInAt'), {
      time: formatDate(answer.checkedInAt || new Date().toISOString(), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
    });
    input.value = '';
    show('result');
  }

  // ---- the code: keyboard, scanner and keypad -------------------------------------------------------------------

  function clean(raw) {
    return String(raw || '')
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '');
  }

  function submitCode() {
    var code = clean(input.value);
    if (code.length < 4) {
      setError($('code-error'), t('needCode'));
      input.focus({ preventScroll: true });
      return;
    }
    checkIn({ code: code }, $('code-error'));
  }

  function allSelected() {
    return (
      document.activeElement === input &&
      input.value.length > 0 &&
      input.selectionStart === 0 &&
      input.selectionEnd === input.value.length
    );
  }

  function press(key) {
    if (key === 'back') {
      input.value = allSelected() ? '' : input.value.slice(0, -1);
    } else if (allSelected()) {
      input.value = key;
    } else if (input.value.length < KEYPAD_MAX) {
      input.value += key;
    }
    setError($('code-error'), '');
    input.focus({ preventScroll: true });
    var end = input.value.length;
    input.setSelectionRange(end, end);
  }

  function showCode(first) {
    clearErrors();
    input.value = first || '';
    show('code');
    var end = input.value.length;
    input.setSelectionRange(end, end);
  }

  input.addEventListener('input', function () {
    var up = input.value.toUpperCase();
    if (up !== input.value) {
      var pos = input.selectionStart;
      input.value = up;
      input.setSelectionRange(pos, pos);
    }
    setError($('code-error'), '');
  });

  $('code-form').addEventListener('submit', function (e) {
    e.preventDefault();
    submitCode();
  });

  var keypad = root.querySelector('.keypad');
  // the keys must not take the focus: a scanner's keystrokes go on into the code
  keypad.addEventListener('mousedown', function (e) {
    if (e.target.closest('.key')) e.preventDefault();
  });
  keypad.addEventListener('click', function (e) {
    var key = e.target.closest('.key');
    if (key) press(key.getAttribute('data-key'));
  });

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.altKey || e.metaKey || state.unset) return;
    var typed = e.key && e.key.length === 1 && /[A-Za-z0-9]/.test(e.key);
    // a code scanned on the welcome screen: straight to the code
    if (state.screen === 'welcome' && typed) {
      e.preventDefault();
      showCode(e.key.toUpperCase());
      return;
    }
    if (state.screen === 'code' && document.activeElement !== input) {
      if (typed) {
        e.preventDefault();
        input.focus({ preventScroll: true });
        input.value = (input.value + e.key.toUpperCase()).slice(0, 20);
        setError($('code-error'), '');
      } else if (e.key === 'Enter' && (!document.activeElement || document.activeElement === document.body)) {
        e.preventDefault();
        submitCode();
      }
    }
  });

  // ---- buttons -------------------------------------------------------------------------------------------------

  Array.prototype.forEach.call(root.querySelectorAll('.lang'), function (button) {
    button.addEventListener('click', function () {
      setLanguage(button.getAttribute('data-lang'), true);
    });
  });
  $('go-appointment').addEventListener('click', function () {
    showCode('');
  });
  $('go-walkin').addEventListener('click', function () {
    clearErrors();
    show('walkin');
  });
  Array.prototype.forEach.call(root.querySelectorAll('.back'), function (button) {
    button.addEventListener('click', function () {
      goWelcome(false);
    });
  });
  $('done').addEventListener('click', function () {
    goWelcome(true);
  });
  $('print').addEventListener('click', function () {
    window.print();
  });

  // ---- start ---------------------------------------------------------------------------------------------------

  applyLanguage();
  if (!token) notSetUp();
  else loadServices();
})();
