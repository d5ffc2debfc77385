/*
 * The public map of reports (/kaart): shows the reports from /api/public/reports.geojson on a Leaflet
 * map and sends a new report, with its place, to /api/public/tickets (the contact form's own endpoint).
 * Plain ES2019, no build step; served as a file because the page allows no inline scripts.
 */
(function () {
  'use strict';

  var mapEl = document.getElementById('map');
  var statusEl = document.getElementById('map-status');
  // the map and its forms only show where this script runs (without it the page points to /contact)
  var live = document.getElementById('kaart-live');
  if (live) live.hidden = false;
  if (!mapEl || !window.L) {
    if (statusEl) statusEl.textContent = 'De kaart kon niet geladen worden. / The map could not be loaded.';
    return;
  }
  var L = window.L;
  var data = mapEl.dataset;
  var lang = data.lang === 'en' ? 'en' : 'nl';
  var text = parseJson(data.text);
  var COLOURS = {
    open: { color: '#7a4600', fillColor: '#f28c00' },
    resolved: { color: '#0d4a1f', fillColor: '#1e8a3c' },
  };

  var filters = document.getElementById('filters');
  var categoryFilter = document.getElementById('filter-category');
  var statusFilter = document.getElementById('filter-status');
  var rows = document.getElementById('report-rows');
  var section = document.getElementById('report');
  var heading = document.getElementById('report-title');
  var form = document.getElementById('report-form');
  var summary = document.getElementById('report-summary');
  var result = document.getElementById('report-result');
  var locationText = document.getElementById('report-location');
  var latInput = document.getElementById('report-latitude');
  var lngInput = document.getElementById('report-longitude');
  var fileInput = document.getElementById('report-attachments');
  var sendButton = document.getElementById('report-send');
  var messages = parseJson(form.dataset.messages);
  var townBounds = data.bounds ? parseJson(data.bounds) : null;
  // a phone or tablet: the map is touched rather than clicked, and it is what the citizen came for
  var touch = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
  var narrow = window.matchMedia && window.matchMedia('(max-width: 40rem)').matches;

  var map = L.map(mapEl, {
    center: [Number(data.lat), Number(data.lng)],
    zoom: Number(data.zoom) || 14,
    keyboard: true,
  });
  L.tileLayer(data.tileUrl, { attribution: data.attribution, maxZoom: 19 }).addTo(map);
  var reportLayer = L.layerGroup().addTo(map);
  var chosen = null;
  var loading = null;
  var framed = false;

  // the view the map shows, readable by the page's tests (Leaflet keeps its map object to itself)
  function recordView() {
    var c = map.getCenter();
    mapEl.dataset.view = c.lat + ',' + c.lng + ',' + map.getZoom();
  }
  map.on('moveend', recordView);
  recordView();

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
    if (content !== undefined) node.textContent = content;
    return node;
  }

  var dateFormat = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-BE', { dateStyle: 'long', timeZone: 'UTC' });
  function showDate(isoDay) {
    var d = new Date(isoDay + 'T00:00:00Z');
    return isNaN(d.getTime()) ? isoDay : dateFormat.format(d);
  }

  /* ---- the reports on the map ---- */

  function popupFor(p) {
    var box = el('div', 'report-popup');
    box.appendChild(el('strong', '', p.categoryName));
    box.appendChild(el('div', '', p.statusLabel));
    box.appendChild(el('div', '', text.reportedOn + ' ' + showDate(p.reportedOn)));
    box.appendChild(el('div', 'hint', text.reference + ' ' + p.reference));
    return box;
  }

  function show(collection) {
    reportLayer.clearLayers();
    while (rows.firstChild) rows.removeChild(rows.firstChild);
    var features = (collection && collection.features) || [];
    features.forEach(function (f) {
      var p = f.properties;
      var c = f.geometry.coordinates;
      var colours = COLOURS[p.status] || COLOURS.open;
      L.circleMarker([c[1], c[0]], {
        radius: 8,
        weight: 2,
        color: colours.color,
        fillColor: colours.fillColor,
        fillOpacity: 0.85,
        className: 'report-marker report-' + p.status,
        // a click on a report opens its popup; it does not choose the place for a new report
        bubblingMouseEvents: false,
      })
        .bindPopup(popupFor(p))
        .addTo(reportLayer);
      var tr = document.createElement('tr');
      [p.reference, p.categoryName, p.statusLabel, showDate(p.reportedOn)].forEach(function (v) {
        tr.appendChild(el('td', '', v));
      });
      rows.appendChild(tr);
    });
    if (!framed) frame(features);
    var n = features.length;
    var line = n === 0 ? text.none : n === 1 ? text.one : fill(text.count, { n: n });
    if (n >= 5000) line += ' ' + fill(text.capped, { n: n });
    statusEl.textContent = line;
  }

  /**
   * Once, when the page opens: frame the open reports (not closer than the configured zoom, so one report still
   * shows its street), or the town's boundary when there are none; without either the configured centre stays.
   */
  function frame(features) {
    framed = true;
    var open = features.filter(function (f) {
      return f.properties.status === 'open';
    });
    var points = (open.length ? open : features).map(function (f) {
      return [f.geometry.coordinates[1], f.geometry.coordinates[0]];
    });
    var maxZoom = Number(data.zoom) || 14;
    if (points.length) map.fitBounds(L.latLngBounds(points), { padding: [30, 30], maxZoom: maxZoom, animate: false });
    else if (townBounds) map.fitBounds(townBounds, { animate: false });
  }

  /** fresh: right after sending a report, which a cached answer would not show yet */
  function loadReports(fresh) {
    var params = new URLSearchParams({ status: statusFilter.value || 'all', language: lang });
    if (categoryFilter.value) params.set('category', categoryFilter.value);
    if (loading) loading.abort();
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    loading = controller;
    statusEl.textContent = text.loading;
    fetch('/api/public/reports.geojson?' + params.toString(), {
      headers: { Accept: 'application/geo+json' },
      credentials: 'omit',
      cache: fresh ? 'no-cache' : 'default',
      signal: controller ? controller.signal : undefined,
    })
      .then(function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.json();
      })
      .then(show)
      .catch(function (err) {
        if (err && err.name === 'AbortError') return;
        statusEl.textContent = text.loadFailed;
      });
  }

  function rememberFilters() {
    if (!window.history || !window.history.replaceState) return;
    var params = new URLSearchParams(window.location.search);
    params.set('lang', lang);
    if (categoryFilter.value) params.set('category', categoryFilter.value);
    else params.delete('category');
    if (statusFilter.value && statusFilter.value !== 'all') params.set('status', statusFilter.value);
    else params.delete('status');
    window.history.replaceState(null, '', window.location.pathname + '?' + params.toString());
  }

  function onFilterChange() {
    rememberFilters();
    loadReports(false);
  }
  categoryFilter.addEventListener('change', onFilterChange);
  statusFilter.addEventListener('change', onFilterChange);
  filters.addEventListener('submit', function (ev) {
    ev.preventDefault();
    onFilterChange();
  });

  /* ---- choosing a place ---- */

  /** label: the address, when the place came from the address search; otherwise its coordinates (about 10 m) */
  function setPoint(latlng, viaKeyboard, label) {
    var lat = Math.round(latlng.lat * 1e6) / 1e6;
    var lng = Math.round(latlng.lng * 1e6) / 1e6;
    latInput.value = String(lat);
    lngInput.value = String(lng);
    var place = label || lat.toFixed(4) + ', ' + lng.toFixed(4);
    var position = fill(text.position, { place: place });
    locationText.textContent = place;
    if (chosen) chosen.setLatLng([lat, lng]);
    else {
      chosen = L.marker([lat, lng], {
        draggable: true,
        keyboard: false,
        title: text.pointSet,
        alt: text.pointSet,
      }).addTo(map);
      chosen.bindTooltip('', { permanent: true, direction: 'top', className: 'chosen-label' });
      chosen.on('dragend', function () {
        setPoint(chosen.getLatLng(), false);
      });
    }
    chosen.setTooltipContent(position);
    var icon = chosen.getElement && chosen.getElement();
    if (icon) {
      icon.setAttribute('title', position);
      icon.setAttribute('alt', position);
    }
    clearError('latitude');
    var wasHidden = section.hidden;
    section.hidden = false;
    result.textContent = '';
    statusEl.textContent = text.pointSet + ' ' + position;
    if (viaKeyboard) heading.focus();
    else if (wasHidden && section.scrollIntoView) section.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }

  map.on('click', function (e) {
    setPoint(e.latlng, false);
  });
  document.getElementById('report-here').addEventListener('click', function () {
    setPoint(map.getCenter(), true);
  });
  document.getElementById('report-cancel').addEventListener('click', function () {
    closeForm();
    document.getElementById('report-here').focus();
  });

  function closeForm() {
    section.hidden = true;
    latInput.value = '';
    lngInput.value = '';
    if (chosen) {
      map.removeLayer(chosen);
      chosen = null;
    }
    clearErrors();
  }

  /* ---- errors next to the fields ---- */

  var FIELD_OF = { longitude: 'latitude', subject: 'message' };

  function translate(message) {
    if (lang === 'en' || !message) return message;
    if (messages[message]) return messages[message];
    var m = /^"(.*)" is not a photo \(JPEG, PNG, GIF, WebP, HEIC\) or a PDF\.$/.exec(message);
    if (m) return '"' + m[1] + '" is geen foto (JPEG, PNG, GIF, WebP, HEIC) of pdf.';
    m = /^"(.*)" is named (\S+) but its content is (\S+)\.$/.exec(message);
    if (m) return '"' + m[1] + '" heet ' + m[2] + ' maar is eigenlijk een ' + m[3] + '-bestand.';
    m = /^A file is larger than (\d+) MB\.$/.exec(message);
    if (m) return 'Een bestand is groter dan ' + m[1] + ' MB.';
    m = /^At most (\d+) files may be attached/.exec(message);
    if (m) return 'U kunt maximaal ' + m[1] + ' bestanden toevoegen.';
    m = /^Too many requests from your address; try again in (\d+) seconds\.$/.exec(message);
    if (m) return fill(text.tooMany, { s: m[1] });
    if (/^Invalid (request body|query)\./.test(message)) return text.checkFields;
    return message;
  }

  function fieldBox(name) {
    return form.querySelector('[data-field="' + name + '"]');
  }

  function clearError(name) {
    var box = fieldBox(name);
    var p = document.getElementById('report-' + name + '-error');
    if (!box || !p) return;
    box.classList.remove('field-error');
    p.hidden = true;
    p.textContent = '';
    var input = document.getElementById('report-' + name);
    if (input) {
      input.removeAttribute('aria-invalid');
      var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return id && id !== p.id;
      });
      if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
      else input.removeAttribute('aria-describedby');
    }
  }

  function clearErrors() {
    ['latitude', 'category', 'message', 'attachments', 'name', 'email', 'phone'].forEach(clearError);
    summary.hidden = true;
    summary.textContent = '';
  }

  /** Shows each message next to its field and all of them, as links, in the summary at the top of the form. */
  function showErrors(message, errors) {
    var list = el('ul');
    var shown = {};
    Object.keys(errors || {}).forEach(function (key) {
      var name = key.split('.')[0];
      name = FIELD_OF[name] || name;
      var text_ = translate(errors[key]);
      var box = fieldBox(name);
      var p = document.getElementById('report-' + name + '-error');
      var li = el('li');
      if (box && p && !shown[name]) {
        shown[name] = true;
        box.classList.add('field-error');
        p.textContent = text_;
        p.hidden = false;
        var input = document.getElementById('report-' + name);
        if (input && input.type !== 'hidden') {
          input.setAttribute('aria-invalid', 'true');
          var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
          if (ids.indexOf(p.id) < 0) ids.unshift(p.id);
          input.setAttribute('aria-describedby', ids.join(' '));
        }
        var a = el('a', '', text_);
        a.href = '#' + (input && input.type !== 'hidden' ? input.id : 'report-here');
        li.appendChild(a);
      } else {
        li.textContent = text_;
      }
      list.appendChild(li);
    });
    summary.textContent = '';
    var intro = list.childNodes.length ? text.errors : translate(message) || text.failed;
    summary.appendChild(el('p', '', intro));
    if (list.childNodes.length) {
      if (message && !/^Invalid (request body|query)\./.test(message) && translate(message) !== intro)
        summary.appendChild(el('p', '', translate(message)));
      summary.appendChild(list);
    }
    summary.hidden = false;
    summary.focus();
  }

  /* ---- sending ---- */

  function newSubmissionKey() {
    var bytes = new Uint8Array(24);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return ('0' + b.toString(16)).slice(-2);
      })
      .join('');
  }

  function subjectFor() {
    var option = form.category.options[form.category.selectedIndex];
    var name = option ? option.textContent.trim() : text.subjectPrefix;
    var words = form.message.value.trim().replace(/\s+/g, ' ');
    if (words.length > 100) words = words.slice(0, 99) + '…';
    return (words ? name + ': ' + words : name).slice(0, 200);
  }

  function showThanks(answer) {
    var box = el('div', 'ok');
    box.appendChild(el('h2', '', text.thanks));
    if (answer.created === false) box.appendChild(el('p', '', text.duplicate));
    var ref = el('p', '', text.yourRef + ': ');
    ref.appendChild(el('span', 'ref', answer.reference));
    box.appendChild(ref);
    var follow = el('a', '', text.follow);
    follow.href = answer.trackingUrl;
    var p = el('p');
    p.appendChild(follow);
    box.appendChild(p);
    result.textContent = '';
    result.appendChild(box);
    var again = el('button', '', text.another);
    again.type = 'button';
    again.addEventListener('click', function () {
      result.textContent = '';
      setPoint(map.getCenter(), true);
    });
    result.appendChild(again);
    result.focus();
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    clearErrors();
    var local = {};
    if (!latInput.value || !lngInput.value) local.latitude = text.needLocation;
    if (!form.category.value) local.category = text.needCategory;
    if (!form.message.value.trim()) local.message = text.needMessage;
    if (Object.keys(local).length) return showErrors(null, local);

    form.subject.value = subjectFor();
    var body = new FormData(form);
    if (!fileInput.files || !fileInput.files.length) body.delete('attachments');
    sendButton.disabled = true;
    statusEl.textContent = text.sending;
    // without cookies: a logged-in agent's session (and its CSRF rule) has nothing to do with a citizen's report
    fetch(form.getAttribute('action'), {
      method: 'POST',
      body: body,
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    })
      .then(function (res) {
        return res
          .json()
          .catch(function () {
            return {};
          })
          .then(function (answer) {
            return { status: res.status, answer: answer };
          });
      })
      .then(function (r) {
        if (r.status === 200 || r.status === 201) {
          form.reset();
          form.submissionKey.value = newSubmissionKey();
          closeForm();
          statusEl.textContent = text.thanks;
          showThanks(r.answer);
          loadReports(true);
        } else if (r.status >= 400 && r.status < 500) {
          statusEl.textContent = '';
          showErrors(r.answer.message, r.answer.errors);
        } else {
          statusEl.textContent = '';
          showErrors(text.failed, null);
        }
      })
      .catch(function () {
        statusEl.textContent = '';
        showErrors(text.failed, null);
      })
      .then(function () {
        sendButton.disabled = false;
      });
  });

  /* ---- my location ---- */

  var locateButton = document.getElementById('my-location');
  if (locateButton && navigator.geolocation) {
    locateButton.hidden = false;
    locateButton.addEventListener('click', function () {
      statusEl.textContent = text.locating;
      navigator.geolocation.getCurrentPosition(
        function (pos) {
          var here = L.latLng(pos.coords.latitude, pos.coords.longitude);
          map.setView(here, Math.max(map.getZoom(), 17), { animate: false });
          setPoint(here, true);
          // told at once, before the citizen fills in the form; the server refuses it too
          if (townBounds && !L.latLngBounds(townBounds).contains(here))
            showErrors(null, { latitude: text.outsideTown });
          else statusEl.textContent = text.located + ' ' + fill(text.position, { place: locationText.textContent });
        },
        function () {
          statusEl.textContent = text.noGeolocation;
        },
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 0 },
      );
    });
  }

  /* ---- address search (only where GEOCODER_URL is set up; the server asks the geocoder) ---- */

  var searchForm = document.getElementById('address-search');
  if (searchForm) {
    var searchInput = document.getElementById('address-q');
    var searchResults = document.getElementById('address-results');
    searchForm.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var q = searchInput.value.trim();
      if (q.length < 3) return;
      searchResults.hidden = true;
      searchResults.textContent = '';
      statusEl.textContent = text.searching;
      var params = new URLSearchParams({ q: q, language: lang });
      fetch('/api/public/geocode?' + params.toString(), {
        credentials: 'omit',
        headers: { Accept: 'application/json' },
      })
        .then(function (res) {
          if (!res.ok) throw new Error('HTTP ' + res.status);
          return res.json();
        })
        .then(function (places) {
          if (!places.length) {
            statusEl.textContent = text.searchNone;
            return;
          }
          places.forEach(function (p) {
            var li = el('li');
            var b = el('button', '', p.label);
            b.type = 'button';
            b.addEventListener('click', function () {
              var there = L.latLng(p.latitude, p.longitude);
              map.setView(there, 17, { animate: false });
              searchResults.hidden = true;
              searchResults.textContent = '';
              setPoint(there, true, p.label);
            });
            li.appendChild(b);
            searchResults.appendChild(li);
          });
          searchResults.hidden = false;
          statusEl.textContent = fill(text.searchResults, { n: places.length });
        })
        .catch(function () {
          statusEl.textContent = text.searchFailed;
        });
    });
  }

  /* ---- phones ---- */

  if (touch) {
    var hintAction = document.getElementById('map-hint-action');
    if (hintAction) hintAction.textContent = text.tapHint;
    locationText.textContent = text.tapNoLocation;
  }
  // on a small screen the introduction and filters fill the first screen: open with the map in view
  if (narrow && mapEl.scrollIntoView) document.getElementById('map-hint').scrollIntoView({ block: 'start' });

  loadReports(false);
})();
