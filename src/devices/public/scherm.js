/*
 * The waiting-room screen (/scherm?device=…): the latest call very large, the five before it, a clock. Calls come
 * over Server-Sent Events from /display/stream: a `snapshot` of the recent calls on every (re)connect, then a `call`
 * per call (a recall of the same visit moves it to the top again). Each new call flashes and, once someone pressed
 * "Geluid aan", chimes (Web Audio, no sound file) and with ?spraak=1 is read out in Dutch.
 * The screen recovers by itself: the browser reconnects (the stream says retry: 1000) and the snapshot makes the list
 * complete again; when the browser gives up (a 5xx while the api restarts) the script starts over with a growing wait.
 * The stream also names the screen's location, shown next to the town.
 * Plain ES2019, no build step; served as a file because the page allows no inline scripts.
 */
(function () {
  'use strict';

  var TZ = 'Europe/Brussels';
  var SOUND_KEY = 'voordeur.scherm.sound';
  /** the current call and the five before it */
  var KEEP = 6;
  var FLASH_MS = 8000;
  var BACKOFF_MIN_MS = 1000;
  var BACKOFF_MAX_MS = 10000;
  /** an open stream that stayed silent this long may be a dead connection nobody noticed: start a fresh one */
  var STALE_MS = 5 * 60 * 1000;

  var root = document.getElementById('scherm');
  if (!root) return;

  function $(id) {
    return document.getElementById(id);
  }

  function parseJson(raw, fallback) {
    try {
      return JSON.parse(raw);
    } catch (e) {
      return fallback;
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

  var T = parseJson(root.getAttribute('data-text'), {});
  var speechWanted = root.getAttribute('data-speech') === '1';
  var token = new URLSearchParams(window.location.search).get('device');
  var streamUrl = '/display/stream?device=' + encodeURIComponent(token || '');

  var calls = [];
  var newestAt = 0;
  var snapshots = 0;
  var es = null;
  var backoff = BACKOFF_MIN_MS;
  var timers = { retry: 0, flash: 0, stale: 0 };
  var stopped = false;

  // ---- the board -----------------------------------------------------------------------------------------------

  function render() {
    var current = calls[0];
    $('current-number').textContent = current ? current.number : '';
    $('current-desk').textContent = current ? current.desk : '';
    root.classList.toggle('has-call', Boolean(current));
    $('current-empty').hidden = Boolean(current);
    var list = $('history');
    while (list.firstChild) list.removeChild(list.firstChild);
    calls.slice(1, KEEP).forEach(function (call) {
      var item = el('li', 'item');
      item.setAttribute('data-visit', call.visitId);
      item.appendChild(el('span', 'number', call.number));
      var arrow = el('span', 'arrow', '→');
      arrow.setAttribute('aria-hidden', 'true');
      item.appendChild(arrow);
      item.appendChild(el('span', 'sr-only', T.toDesk));
      item.appendChild(el('span', 'desk', call.desk));
      list.appendChild(item);
    });
    fit();
  }

  // ---- fitting: a long desk name is made smaller, then put under the number, then wrapped; never cut off -------

  function overflows(node) {
    return node.scrollWidth > node.clientWidth + 1;
  }

  /** Smaller steps from the stylesheet's size down to `minRatio` of it, until `done()`; true when it is. */
  function shrink(node, minRatio, done) {
    node.style.fontSize = '';
    var base = parseFloat(window.getComputedStyle(node).fontSize) || 0;
    var size = base;
    while (!done() && size > base * minRatio) {
      size = Math.max(base * minRatio, size * 0.93);
      node.style.fontSize = size + 'px';
    }
    return done();
  }

  /** A history line taller than its row, or below the list's bottom edge. */
  function historyCut() {
    var box = root.querySelector('.previous').getBoundingClientRect();
    return Array.prototype.some.call($('history').children, function (item) {
      return item.scrollHeight > item.clientHeight + 1 || item.getBoundingClientRect().bottom > box.bottom + 1;
    });
  }

  function fit() {
    Array.prototype.forEach.call($('history').querySelectorAll('.desk'), function (desk) {
      shrink(desk, 0.45, function () {
        return !overflows(desk);
      });
    });
    var call = root.querySelector('.current .call');
    var desk = $('current-desk');
    call.classList.remove('stacked');
    desk.classList.remove('wrap');
    desk.style.fontSize = '';
    if (!calls[0]) return;
    var fits = function () {
      return !overflows(desk) && desk.scrollHeight <= desk.clientHeight + 1 && !historyCut();
    };
    if (shrink(desk, 0.75, fits)) return;
    call.classList.add('stacked');
    if (shrink(desk, 0.6, fits)) return;
    desk.classList.add('wrap');
    shrink(desk, 0.3, fits);
  }

  function flash() {
    var box = $('current');
    box.classList.remove('flash');
    // restart the animation
    void box.offsetWidth;
    box.classList.add('flash');
    clearTimeout(timers.flash);
    timers.flash = setTimeout(function () {
      box.classList.remove('flash');
    }, FLASH_MS);
  }

  function at(call) {
    var ms = Date.parse(call && call.calledAt);
    return isNaN(ms) ? 0 : ms;
  }

  function onCall(call) {
    if (!call || !call.visitId) return;
    calls = calls.filter(function (c) {
      return c.visitId !== call.visitId;
    });
    calls.unshift(call);
    calls = calls.slice(0, KEEP);
    newestAt = Math.max(newestAt, at(call));
    render();
    flash();
    announce(call);
  }

  function onSnapshot(list) {
    if (!Array.isArray(list)) return;
    var top = list[0];
    // a call made while the screen was away is still news
    var missed = snapshots > 0 && top && at(top) > newestAt;
    calls = list.slice(0, KEEP);
    calls.forEach(function (c) {
      newestAt = Math.max(newestAt, at(c));
    });
    snapshots++;
    render();
    if (missed) {
      flash();
      announce(top);
    }
  }

  // ---- the clock (and a new day: numbers start again) ----------------------------------------------------------

  var timeFormat = new Intl.DateTimeFormat('nl-BE', { timeZone: TZ, hour: '2-digit', minute: '2-digit' });
  var dateFormat = new Intl.DateTimeFormat('nl-BE', { timeZone: TZ, weekday: 'long', day: 'numeric', month: 'long' });
  var dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' });
  var today = dayFormat.format(new Date());

  function tick() {
    var now = new Date();
    var time = $('clock-time');
    time.textContent = timeFormat.format(now);
    time.setAttribute('datetime', now.toISOString());
    var date = dateFormat.format(now);
    if ($('clock-date').textContent !== date) {
      $('clock-date').textContent = date;
      // a longer weekday may take the header onto another line
      fit();
    }
    var day = dayFormat.format(now);
    if (day !== today) {
      today = day;
      calls = [];
      render();
      if (!stopped) connect();
    }
  }

  // ---- sound: a chime and, with ?spraak=1, the call read out ---------------------------------------------------

  var audio = null;
  var soundWanted = false;
  try {
    soundWanted = window.localStorage.getItem(SOUND_KEY) === '1';
  } catch (e) {
    soundWanted = false;
  }

  function audioContext() {
    if (!audio) {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx) return null;
      audio = new Ctx();
      audio.onstatechange = renderSound;
    }
    if (audio.state === 'suspended') {
      var resumed = audio.resume();
      if (resumed && resumed.then) resumed.then(renderSound, renderSound);
    }
    return audio;
  }

  function soundOn() {
    return soundWanted && audio !== null && audio.state === 'running';
  }

  function renderSound() {
    var on = soundOn();
    var button = $('sound');
    button.textContent = on ? T.soundOff : T.soundOn;
    button.setAttribute('aria-pressed', String(on));
  }

  function remember(on) {
    soundWanted = on;
    try {
      window.localStorage.setItem(SOUND_KEY, on ? '1' : '0');
    } catch (e) {
      // not remembered: press again after a restart
    }
  }

  /** Two soft tones, rising: "ding-dong" the other way round. */
  function chime() {
    if (!soundOn()) return;
    var start = audio.currentTime + 0.05;
    [
      [659.25, 0],
      [880, 0.45],
    ].forEach(function (note) {
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      var t0 = start + note[1];
      osc.type = 'sine';
      osc.frequency.setValueAtTime(note[0], t0);
      gain.gain.setValueAtTime(0.0001, t0);
      gain.gain.exponentialRampToValueAtTime(0.35, t0 + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 1.4);
      osc.connect(gain);
      gain.connect(audio.destination);
      osc.start(t0);
      osc.stop(t0 + 1.5);
    });
  }

  /** "Nummer A 0 1 2, naar loket 3": the number spelled out, so nobody hears "a twelve". */
  function spoken(call) {
    var number = String(call.number || '')
      .split('')
      .join(' ');
    var desk = String(call.desk || '').replace(/^Loket\b/, 'loket');
    return fill(T.announce, { number: number, desk: desk });
  }

  function dutchVoice() {
    var voices = (window.speechSynthesis && window.speechSynthesis.getVoices()) || [];
    var best = null;
    voices.forEach(function (v) {
      var lang = String(v.lang || '').toLowerCase();
      if (lang === 'nl-be' || lang === 'nl_be') best = v;
      else if (!best && lang.indexOf('nl') === 0) best = v;
    });
    return best;
  }

  function speak(call) {
    if (
      !speechWanted ||
      !soundWanted ||
      !window.speechSynthesis ||
      typeof window.SpeechSynthesisUtterance !== 'function'
    )
      return;
    var utterance = new window.SpeechSynthesisUtterance(spoken(call));
    utterance.lang = 'nl-BE';
    utterance.rate = 0.9;
    var voice = dutchVoice();
    if (voice) utterance.voice = voice;
    window.speechSynthesis.speak(utterance);
  }

  function announce(call) {
    chime();
    // after the chime
    setTimeout(
      function () {
        speak(call);
      },
      soundOn() ? 1200 : 0,
    );
  }

  $('sound').addEventListener('click', function () {
    if (soundOn()) {
      remember(false);
      if (window.speechSynthesis) window.speechSynthesis.cancel();
    } else {
      remember(true);
      audioContext();
    }
    renderSound();
  });
  // sound was on before a restart: the first touch or key anywhere brings it back
  ['pointerdown', 'keydown'].forEach(function (type) {
    document.addEventListener(type, function () {
      if (soundWanted) audioContext();
    });
  });

  // ---- the stream ----------------------------------------------------------------------------------------------

  function setConnection(stateName) {
    var box = $('connection');
    box.setAttribute('data-state', stateName);
    box.textContent = stateName === 'reconnecting' ? T.reconnecting : '';
    root.classList.toggle('offline', stateName === 'reconnecting');
  }

  function notSetUp() {
    stopped = true;
    if (es) es.close();
    es = null;
    clearTimeout(timers.retry);
    clearTimeout(timers.stale);
    setConnection('unauthorized');
    $('unset').hidden = false;
    root.classList.add('is-unset');
  }

  function watchStale() {
    clearTimeout(timers.stale);
    timers.stale = setTimeout(function () {
      if (!stopped) connect();
    }, STALE_MS);
  }

  function connect() {
    clearTimeout(timers.retry);
    if (es) es.close();
    var source = new EventSource(streamUrl);
    es = source;
    source.addEventListener('open', function () {
      if (es !== source) return;
      backoff = BACKOFF_MIN_MS;
      setConnection('connected');
      watchStale();
    });
    source.addEventListener('snapshot', function (e) {
      if (es !== source) return;
      setConnection('connected');
      watchStale();
      onSnapshot(parseJson(e.data, []));
    });
    source.addEventListener('location', function (e) {
      if (es !== source) return;
      var place = parseJson(e.data, null);
      $('location').textContent = place && place.name ? place.name : '';
      // the header may take another line
      fit();
    });
    source.addEventListener('call', function (e) {
      if (es !== source) return;
      watchStale();
      onCall(parseJson(e.data, null));
    });
    source.addEventListener('error', function () {
      if (es !== source) return;
      setConnection('reconnecting');
      // CONNECTING: the browser tries again by itself after a second; CLOSED: it gave up, we start over
      if (source.readyState === EventSource.CLOSED) retryLater();
    });
  }

  function retryLater() {
    if (stopped) return;
    if (es) es.close();
    es = null;
    clearTimeout(timers.retry);
    var wait = backoff;
    backoff = Math.min(backoff * 2, BACKOFF_MAX_MS);
    timers.retry = setTimeout(probe, wait);
  }

  /** Before starting over: a refused token (401/403) will not get better by trying again; anything else might. */
  function probe() {
    if (stopped) return;
    var abort = typeof AbortController === 'function' ? new AbortController() : null;
    fetch(streamUrl, {
      cache: 'no-store',
      credentials: 'omit',
      headers: { Accept: 'text/event-stream' },
      signal: abort ? abort.signal : undefined,
    }).then(
      function (res) {
        if (abort) abort.abort();
        if (res.status === 401 || res.status === 403) notSetUp();
        else if (!res.ok) retryLater();
        else connect();
      },
      function () {
        retryLater();
      },
    );
  }

  window.addEventListener('online', function () {
    if (!stopped && (!es || es.readyState !== EventSource.OPEN)) {
      backoff = BACKOFF_MIN_MS;
      connect();
    }
  });
  window.addEventListener('offline', function () {
    setConnection('reconnecting');
  });

  // ---- start ---------------------------------------------------------------------------------------------------

  render();
  tick();
  setInterval(tick, 1000);
  window.addEventListener('resize', fit);
  if (soundWanted) audioContext();
  renderSound();
  if (!token) notSetUp();
  else connect();
})();
