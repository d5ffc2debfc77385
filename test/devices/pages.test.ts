import request from 'supertest';
import { buildApp } from '../../src/app';
import { CODE_ALPHABET } from '../../src/devices/pages';
import { kioskText, KIOSK_LANGUAGES } from '../../src/devices/text';

const app = buildApp();

function expectDeviceHeaders(res: request.Response) {
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers['x-robots-tag']).toBe('noindex');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['content-type']).toMatch(/^text\/html/);
  const csp = res.headers['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
}

/** The JSON a page hands its script in data-text. */
function dataText(html: string): Record<string, unknown> {
  const raw = /data-text="([^"]*)"/.exec(html)![1];
  return JSON.parse(
    raw
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

describe('the kiosk page /kiosk', () => {
  test('is a Dutch shell with the welcome choices, the language switch, the keypad and the ticket, without inline scripts', async () => {
    const res = await request(app).get('/kiosk?device=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG').expect(200);
    expectDeviceHeaders(res);
    const html = res.text;
    expect(html).toContain('<html lang="nl-BE">');
    expect(html).toContain('<title>Aanmelden – Gemeente Testdorp</title>');
    expect(html).toContain('Ik heb een afspraak');
    expect(html).toContain('Zonder afspraak');
    expect(html).toContain('Er zijn nu geen uren zonder afspraak.');
    expect(html).toContain('Maak een afspraak op voordeur.test/afspraak of bel 050 00 00 99.');
    for (const name of ['Nederlands', 'English', 'Français'])
      expect(html).toMatch(
        new RegExp(
          `<button type="button" class="lang" data-lang="\\w\\w" lang="[\\w-]+" aria-pressed="(true|false)">${name}</button>`,
        ),
      );
    expect(html).toContain('aria-pressed="true">Nederlands</button>');
    // the code: typed, scanned (Enter submits the form) or tapped
    expect(html).toMatch(/<form id="code-form"[^>]*>/);
    expect(html).toMatch(/<label for="code" data-t="codeLabel">Afspraakcode<\/label>/);
    expect(html).toMatch(/<input id="code" [^>]*autofocus>/);
    const keys = [...html.matchAll(/data-key="([A-Z0-9])"/g)].map((m) => m[1]).join('');
    expect(keys).toBe(CODE_ALPHABET);
    expect(html).toContain('data-key="back" aria-label="Laatste teken wissen"');
    // the printed ticket carries the town's name
    expect(html).toMatch(
      /<div id="ticket" class="ticket" aria-hidden="true"><p class="ticket-town">Gemeente Testdorp<\/p>/,
    );
    // the token is not written into the page: the script reads it from the address
    expect(html).not.toContain('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script src="/toestel/assets/kiosk.js" defer>']);
    expect(html).not.toMatch(/\son[a-z]+="/);
    // "not set up" is said in all three languages, since nobody chose one yet
    expect(html).toContain('Dit toestel is niet ingesteld');
    expect(html).toContain('This device is not set up');
    expect(html).toContain('Cet appareil n’est pas configuré');
  });

  test('carries every kiosk text in Dutch, English and French, with the same keys', async () => {
    const res = await request(app).get('/kiosk').expect(200);
    const text = dataText(res.text) as Record<string, Record<string, string>>;
    expect(Object.keys(text).sort()).toEqual(['en', 'fr', 'nl']);
    const keys = Object.keys(text.nl).sort();
    for (const lang of KIOSK_LANGUAGES) {
      expect(Object.keys(text[lang]).sort()).toEqual(keys);
      for (const key of keys) expect(text[lang][key]).toBeTruthy();
    }
    expect(text.en.haveAppointment).toBe('I have an appointment');
    expect(text.fr.haveAppointment).toBe('J’ai un rendez-vous');
    expect(text.fr.walkIn).toBe('Sans rendez-vous');
    expect(text.nl.position).toBe('U bent nummer {n} in de rij.');
    // the three languages really differ
    const other = keys.filter(
      (k) => text.nl[k] !== text.en[k] && text.nl[k] !== text.fr[k] && text.en[k] !== text.fr[k],
    );
    expect(other.length).toBeGreaterThan(keys.length - 3);
  });

  test.each([
    ['en', 'en-GB', 'Check in', 'I have an appointment', 'aria-pressed="true">English</button>'],
    ['fr', 'fr-BE', 'Enregistrement', 'J’ai un rendez-vous', 'aria-pressed="true">Français</button>'],
    ['xx', 'nl-BE', 'Aanmelden', 'Ik heb een afspraak', 'aria-pressed="true">Nederlands</button>'],
  ])('starts in the language of ?lang=%s', async (lang, htmlLang, title, appointment, pressed) => {
    const res = await request(app).get(`/kiosk?lang=${lang}`).expect(200);
    expectDeviceHeaders(res);
    expect(res.text).toContain(`<html lang="${htmlLang}">`);
    expect(res.text).toContain(`<title>${title} – Gemeente Testdorp</title>`);
    expect(res.text).toContain(`<span data-t="haveAppointment">${appointment}</span>`);
    expect(res.text).toContain(pressed);
    expect(res.text).toMatch(new RegExp(`<div id="kiosk" data-lang="${lang === 'xx' ? 'nl' : lang}"`));
  });

  test('the how-to-book sentence leaves out the phone when the town has none', () => {
    const text = kioskText({ url: 'voordeur.test/afspraak' });
    expect(text.nl.howToBook).toBe(
      'Maak een afspraak op voordeur.test/afspraak. Voor iets anders kunt u terecht aan het onthaal.',
    );
    expect(text.fr.howToBook).toContain('Prenez rendez-vous sur voordeur.test/afspraak.');
  });
});

describe('the waiting-room screen /scherm', () => {
  test('is a Dutch full-screen shell with the current call, the history, the clock, the connection state and the sound button', async () => {
    const res = await request(app).get('/scherm?device=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG').expect(200);
    expectDeviceHeaders(res);
    const html = res.text;
    expect(html).toContain('<html lang="nl-BE">');
    expect(html).toContain('<title>Wachtzaal – Gemeente Testdorp</title>');
    for (const id of ['current-number', 'current-desk', 'history', 'connection-state'])
      expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('Nu aan de beurt');
    expect(html).toContain('Vorige oproepen');
    expect(html).toContain('<button type="button" id="sound" class="sound" aria-pressed="false">Geluid aan</button>');
    expect(html).toContain('id="clock-time"');
    expect(html).toContain('data-speech="0"');
    expect(html).not.toContain('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script src="/toestel/assets/scherm.js" defer>']);
    expect(html).not.toMatch(/\son[a-z]+="/);
    const text = dataText(html);
    expect(text.reconnecting).toBe('verbinding herstellen…');
    expect(text.announce).toBe('Nummer {number}, naar {desk}');
  });

  test('?spraak=1 turns on the spoken announcement', async () => {
    const res = await request(app).get('/scherm?device=x&spraak=1').expect(200);
    expect(res.text).toContain('data-speech="1"');
  });
});

describe('the device scripts and stylesheets', () => {
  test.each([
    ['kiosk.js', /javascript/],
    ['kiosk.css', /text\/css/],
    ['scherm.js', /javascript/],
    ['scherm.css', /text\/css/],
  ])('/toestel/assets/%s is served', async (file, type) => {
    const res = await request(app).get(`/toestel/assets/${file}`).expect(200);
    expect(res.headers['content-type']).toMatch(type);
    expect(res.text.length).toBeGreaterThan(500);
  });

  test('the kiosk is large and has a print stylesheet that shows only the ticket', async () => {
    const css = (await request(app).get('/toestel/assets/kiosk.css').expect(200)).text;
    const body = Number(/body\.kiosk\{[^}]*font-size:(\d+)px/.exec(css)![1]);
    expect(body).toBeGreaterThanOrEqual(28);
    expect(css).toMatch(/@media print\{[^]*\.bar,main\{display:none!important\}[^]*\.ticket\{display:block/);
  });

  test('the scripts keep to what the API offers: the device header, the kiosk endpoints, the stream', async () => {
    const kiosk = (await request(app).get('/toestel/assets/kiosk.js').expect(200)).text;
    expect(kiosk).toContain("'X-Device-Token'");
    expect(kiosk).toContain("'/api/kiosk/services?language='");
    expect(kiosk).toContain("'/api/kiosk/check-in'");
    expect(kiosk).toContain('sessionStorage');
    const screen = (await request(app).get('/toestel/assets/scherm.js').expect(200)).text;
    expect(screen).toContain("'/display/stream?device='");
    expect(screen).toContain('new EventSource(');
    expect(screen).toContain('localStorage');
  });
});
