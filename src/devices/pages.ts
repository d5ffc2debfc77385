import express, { Router, type Response } from 'express';
import { FAVICON_LINK } from '../pages/favicon';
import path from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { config } from '../config';
import { esc } from '../pages/html';
import { rateLimit } from '../http/rateLimit';
import { projectRoot } from '../shared/paths';
import { KIOSK_LANGUAGES, LOCALE, SCREEN_TEXT, kioskLanguage, kioskText, type KioskLanguage } from './text';

/**
 * The town hall's devices: the check-in kiosk (/kiosk) and the waiting-room screen (/scherm). Both are shells: the
 * browser scripts (plain files, no build step, no inline scripts because of the CSP) talk to the guidance API
 * (src/guidance/routes.ts) with the device token from the address (?device=…), which an administrator got when
 * setting the device up.
 */
export const DEVICES_PUBLIC_DIR = path.join(projectRoot(), 'src', 'devices', 'public');
const ASSETS = '/toestel/assets';

/** The appointment-code alphabet (no 0/O, 1/I/L), as src/appointments/booking.ts hands codes out. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** The device pages carry a token in their address: not indexed, not cached, never sent on in a Referer. */
function deviceHeaders(res: Response) {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Robots-Tag', 'noindex');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/** The town's number as people dial it (050 12 34 56 in Belgium). */
function townPhone(): string | undefined {
  const number = config().TWILIO_PHONE_NUMBER;
  if (!number) return undefined;
  const parsed = parsePhoneNumberFromString(number);
  if (!parsed) return number;
  return parsed.country === 'BE' ? parsed.formatNational() : parsed.formatInternational();
}

function head(lang: string, title: string, stylesheet: string, script: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">
<title>${esc(title)} – ${esc(config().MUNICIPALITY_NAME)}</title>${FAVICON_LINK}
<link rel="stylesheet" href="${ASSETS}/${stylesheet}">
<script src="${ASSETS}/${script}" defer></script>
</head>`;
}

function renderKiosk(lang: KioskLanguage): string {
  const town = config().MUNICIPALITY_NAME;
  const all = kioskText({ url: `${config().PUBLIC_URL.replace(/^https?:\/\//, '')}/afspraak`, phone: townPhone() });
  const t = all[lang];
  /** an element whose words the script swaps when the visitor picks another language */
  const say = (key: keyof typeof t, tag = 'span', attrs = '') =>
    `<${tag} data-t="${key}"${attrs ? ` ${attrs}` : ''}>${esc(t[key])}</${tag}>`;
  const keys = [...CODE_ALPHABET]
    .map((c) => `<button type="button" class="key" data-key="${c}">${c}</button>`)
    .join('');
  const notSetUp = KIOSK_LANGUAGES.map(
    (l) =>
      `<div class="unset-lang" lang="${LOCALE[l]}"><h1>${esc(all[l].notSetUp)}</h1><p>${esc(all[l].notSetUpText)}</p><p class="small">${esc(all[l].notSetUpStaff)}</p></div>`,
  ).join('');
  return `${head(LOCALE[lang], t.title, 'kiosk.css', 'kiosk.js')}
<body class="kiosk">
<div id="kiosk" data-lang="${lang}" data-town="${esc(town)}" data-text="${esc(JSON.stringify(all))}" data-locales="${esc(JSON.stringify(LOCALE))}">
<header class="bar"><strong class="town">${esc(town)}</strong> <span id="location" class="location"></span></header>
<noscript><p class="notice">${esc(all.nl.unavailable)}</p></noscript>
<main id="main">

<section id="screen-welcome" class="screen" aria-labelledby="welcome-title" hidden>
<h1 id="welcome-title" data-t="welcome">${esc(t.welcome)}</h1>
<div class="languages" role="group" aria-label="Kies uw taal / Choose your language / Choisissez votre langue">
${KIOSK_LANGUAGES.map((l) => `<button type="button" class="lang" data-lang="${l}" lang="${LOCALE[l]}" aria-pressed="${l === lang}">${esc(all[l].languageName)}</button>`).join('\n')}
</div>
${say('question', 'p', 'class="question"')}
<div class="choices">
<button type="button" id="go-appointment" class="big primary">${say('haveAppointment')}</button>
<button type="button" id="go-walkin" class="big primary" hidden>${say('walkIn')}</button>
</div>
<div id="walkin-closed" class="notice" hidden>${say('walkInClosed', 'p')}<p id="walkin-hours" hidden></p>${say('howToBook', 'p')}</div>
<p id="welcome-status" class="status" role="status" aria-live="polite"></p>
</section>

<section id="screen-code" class="screen" aria-labelledby="code-title" hidden>
<h1 id="code-title" data-t="codeTitle">${esc(t.codeTitle)}</h1>
${say('codeHint', 'p', 'class="hint" id="code-hint"')}
<form id="code-form" class="code-form" action="#" novalidate>
<div class="code-entry">
<label for="code" data-t="codeLabel">${esc(t.codeLabel)}</label>
<input id="code" name="code" class="code-input" autocomplete="off" autocapitalize="characters" autocorrect="off" spellcheck="false" maxlength="20" inputmode="none" aria-describedby="code-hint code-error" autofocus>
<p id="code-error" class="error" role="alert" hidden></p>
<div class="actions"><button type="submit" id="code-send" class="big primary">${say('send')}</button><button type="button" class="big secondary back">${say('back')}</button></div>
</div>
<div class="keypad" role="group" aria-labelledby="keypad-label"><span id="keypad-label" class="sr-only" data-t="keypad">${esc(t.keypad)}</span>
${keys}<button type="button" class="key key-back" data-key="back" aria-label="${esc(t.backspace)}" data-t-label="backspace"><span aria-hidden="true">⌫</span></button>
</div>
</form>
</section>

<section id="screen-walkin" class="screen" aria-labelledby="walkin-title" hidden>
<h1 id="walkin-title" data-t="chooseProduct">${esc(t.chooseProduct)}</h1>
<p id="walkin-error" class="error" role="alert" hidden></p>
<div id="products" class="products"></div>
<div class="actions"><button type="button" class="big secondary back">${say('back')}</button></div>
</section>

<section id="screen-result" class="screen result" aria-labelledby="result-label" hidden>
<p id="result-label" class="result-label" data-t="yourNumber">${esc(t.yourNumber)}</p>
<p id="result-number" class="number" data-testid="kiosk-number"></p>
<p id="result-service" class="service"></p>
<p id="result-position" class="position"></p>
<p id="result-appointment" class="appointment" hidden></p>
<p id="result-document" class="appointment" data-testid="kiosk-document" hidden></p>
${say('watchScreen', 'p', 'class="hint"')}
<div class="actions"><button type="button" id="print" class="big primary">${say('print')}</button><button type="button" id="done" class="big secondary">${say('done')}</button></div>
</section>

<section id="screen-unset" class="screen unset" role="alert" hidden>${notSetUp}</section>
</main>
<div id="ticket" class="ticket" aria-hidden="true"><p class="ticket-town">${esc(town)}</p><p id="ticket-location" class="ticket-location"></p>
<p id="ticket-number" class="ticket-number"></p><p id="ticket-service" class="ticket-service"></p><p id="ticket-time" class="ticket-time"></p></div>
</div>
</body></html>`;
}

function renderScreen(speech: boolean): string {
  const town = config().MUNICIPALITY_NAME;
  const t = SCREEN_TEXT;
  return `${head('nl-BE', t.title, 'scherm.css', 'scherm.js')}
<body class="scherm">
<div id="scherm" class="scherm-root" data-speech="${speech ? '1' : '0'}" data-text="${esc(JSON.stringify(t))}">
<header class="top"><p class="where"><strong class="town">${esc(town)}</strong> <span id="location" class="location" data-testid="location"></span></p>
<div class="clock"><span id="clock-date" class="date"></span> <time id="clock-time" class="time"></time></div></header>
<noscript><p class="notice">${esc(t.noscript)}</p></noscript>
<main class="board">
<section class="current" id="current" aria-labelledby="current-label" aria-live="polite" aria-atomic="true">
<h1 id="current-label" class="label">${esc(t.now)}</h1>
<p class="call"><span id="current-number" class="number" data-testid="current-number"></span><span class="arrow" aria-hidden="true">→</span><span class="sr-only">${esc(t.toDesk)}</span> <span id="current-desk" class="desk" data-testid="current-desk"></span></p>
<p id="current-empty" class="empty">${esc(t.empty)}</p>
</section>
<section class="previous" aria-labelledby="previous-label">
<h2 id="previous-label" class="label">${esc(t.previous)}</h2>
<ol id="history" class="history" data-testid="history"></ol>
</section>
</main>
<footer class="bottom">
<p id="connection" class="connection" data-testid="connection-state" data-state="connecting" role="status"></p>
<button type="button" id="sound" class="sound" aria-pressed="false">${esc(t.soundOn)}</button>
</footer>
<section id="unset" class="unset" role="alert" hidden><h1>${esc(t.notSetUp)}</h1><p>${esc(t.notSetUpText)}</p></section>
</div>
</body></html>`;
}

/** /kiosk?device=… (the check-in kiosk, ?lang=en|fr for another first language) and /scherm?device=… (?spraak=1 to also speak each call). */
export function devicePagesRouter(): Router {
  const router = Router();
  const reads = rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE);
  router.use(ASSETS, express.static(DEVICES_PUBLIC_DIR, { maxAge: '1h', index: false }));
  router.get('/kiosk', reads, (req, res) => {
    deviceHeaders(res);
    res.type('html').send(renderKiosk(kioskLanguage(req.query.lang)));
  });
  router.get('/scherm', reads, (req, res) => {
    deviceHeaders(res);
    res.type('html').send(renderScreen(req.query.spraak === '1'));
  });
  return router;
}
