import request from 'supertest';
import { buildApp } from '../../src/app';
import { book } from '../../src/appointments/booking';
import { at, counters, type CounterWorld } from '../appointments/world';

const app = buildApp();
let world: CounterWorld;

beforeAll(async () => {
  world = await counters(1, { code: 'kids-id' });
});

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the booking page /afspraak', () => {
  test('is a Dutch shell with the steps, labelled fields, the script as a file and a noscript that says to call', async () => {
    const res = await request(app).get('/afspraak').expect(200);
    const html = res.text;
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(html).toContain('<html lang="nl-BE">');
    expect(html).toContain('<h1>Een afspraak maken</h1>');
    for (const heading of [
      'Stap 1 van 3: waarvoor komt u?',
      'Stap 2 van 3: kies een dag en een uur',
      'Stap 3 van 3: uw gegevens',
      'Uw afspraak staat vast',
    ]) {
      expect(html).toMatch(
        new RegExp(`<h2 id="step-[a-z]+-title" tabindex="-1">${heading.replace(/[?]/g, '\\?')}</h2>`),
      );
    }
    for (const id of ['book-day', 'book-name', 'book-email', 'book-phone']) {
      expect(html).toContain(`<label for="${id}">`);
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('<legend>Kies een product</legend>');
    expect(html).toContain('<legend>Hoe kunnen we u bereiken?</legend>');
    expect(html).toMatch(/<input id="book-email" name="email" type="email" autocomplete="email"/);
    expect(html).toMatch(
      /<input id="book-phone" name="phone" aria-describedby="book-phone-hint" type="tel" autocomplete="tel"/,
    );
    expect(html).toMatch(/<div id="details-summary" class="summary" role="alert" tabindex="-1" hidden><\/div>/);
    expect(html).toContain('role="status" aria-live="polite"');
    // the steps appear only where the script runs; without it the page says to call the town
    expect(html).toMatch(/<div id="booking" class="booking" hidden data-lang="nl" data-dienst=""/);
    expect(html).toMatch(
      /<noscript>[^]*Online een afspraak maken werkt alleen met JavaScript[^]*Gemeente Testdorp te bellen op <a href="tel:\+3250000099">050 00 00 99<\/a>[^]*<\/noscript>/,
    );
    // no inline script: only our file, allowed by the CSP
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="/afspraak/assets/afspraak.js">']);
    expect(html).not.toMatch(/\son[a-z]+="/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(html).toContain('<link rel="stylesheet" href="/afspraak/assets/afspraak.css">');
    // the script's words and the Dutch versions of the API's messages
    const text = JSON.parse(decode(/data-text="([^"]*)"/.exec(html)![1]));
    expect(text.at).toBe('om');
    expect(text.call).toBe('Bel ons op 050 00 00 99.');
    const messages = JSON.parse(decode(/data-messages="([^"]*)"/.exec(html)![1]));
    expect(messages['This time is no longer free: choose another time from the availability.']).toBe(
      'Dit uur is intussen niet meer vrij. Kies een ander uur.',
    );
    expect(messages['This is not a valid email address (example: naam@voorbeeld.be).']).toBe(
      'Dit is geen geldig e-mailadres (voorbeeld: naam@voorbeeld.be).',
    );
    expect(html).toContain('href="/afspraak?lang=en" lang="en"');
  });

  test('is in English with ?lang=en', async () => {
    const html = (await request(app).get('/afspraak?lang=en').expect(200)).text;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Make an appointment</h1>');
    expect(html).toContain('Step 2 of 3: choose a day and a time');
    expect(html).toContain('<label for="book-email">Email address</label>');
    expect(html).toContain('data-lang="en"');
    expect(html).toMatch(/<noscript>[^]*Booking online needs JavaScript[^]*<\/noscript>/);
    expect(decode(/data-messages="([^"]*)"/.exec(html)![1])).toBe('{}');
    expect(html).toContain('href="/afspraak?lang=nl" lang="nl"');
  });

  test('passes the product from ?dienst= to the script (and to the language link); odd values are dropped', async () => {
    const html = (await request(app).get('/afspraak?dienst=kids-id').expect(200)).text;
    expect(html).toContain('data-dienst="kids-id"');
    expect(html).toContain('href="/afspraak?dienst=kids-id&amp;lang=en"');
    const odd = (await request(app).get('/afspraak?dienst=%22%3E%3Cscript%3Ealert(1)%3C/script%3E').expect(200)).text;
    expect(odd).toContain('data-dienst=""');
    expect(odd).not.toContain('<script>alert');
  });

  test('serves its script and stylesheet from the source folder', async () => {
    const js = await request(app).get('/afspraak/assets/afspraak.js').expect(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.text).toContain('timeZone: TZ');
    const css = await request(app).get('/afspraak/assets/afspraak.css').expect(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    await request(app).get('/afspraak/assets/bestaat-niet.js').expect(404);
  });
});

describe('the page behind the link /afspraak/beheer/:token', () => {
  test('shows the shell for a real link, in the language of the appointment, privately', async () => {
    const { manageToken } = await book({
      serviceId: world.serviceId,
      start: new Date(at(world.day, '09:00')),
      name: 'Jan Peeters',
      email: 'jan@example.be',
      language: 'en',
      channel: 'online',
    });
    const res = await request(app).get(`/afspraak/beheer/${manageToken}`).expect(200);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-robots-tag']).toBe('noindex');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('<h1>Your appointment</h1>');
    expect(res.text).toContain(`data-token="${manageToken}"`);
    expect(res.text).toContain('>Move</button>');
    expect(res.text).toContain('>Yes, cancel my appointment</button>');
    expect(res.text).toContain('<label for="move-day">Day</label>');
    expect(res.text).toMatch(/<noscript>[^]*This page needs JavaScript[^]*tel:\+3250000099[^]*<\/noscript>/);
    expect(res.text.match(/<script[^>]*>/g)).toEqual(['<script src="/afspraak/assets/afspraak.js">']);
    // the appointment's details come from the API, not the page
    expect(res.text).not.toContain('Jan Peeters');

    const nl = await request(app).get(`/afspraak/beheer/${manageToken}?lang=nl`).expect(200);
    expect(nl.text).toContain('<h1>Uw afspraak</h1>');
    expect(nl.text).toContain('>Verplaatsen</button>');
    expect(nl.text).toContain('>Annuleren</button>');
  });

  test('a wrong link gets a clear 404 page, with the same private headers', async () => {
    for (const token of ['ditiseenverkeerdetokenzonderbetekenis00000', 'kort', '%3Cscript%3E']) {
      const res = await request(app).get(`/afspraak/beheer/${token}`).expect(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-robots-tag']).toBe('noindex');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).toContain('<h1>Afspraak niet gevonden</h1>');
      expect(res.text).toContain('href="/afspraak">Een nieuwe afspraak maken</a>');
      expect(res.text).not.toContain('<script');
    }
    const en = await request(app)
      .get('/afspraak/beheer/ditiseenverkeerdetokenzonderbetekenis00000?lang=en')
      .expect(404);
    expect(en.text).toContain('<h1>Appointment not found</h1>');
  });
});
