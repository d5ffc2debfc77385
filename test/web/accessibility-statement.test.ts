import './statementSettings';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';

const app = buildApp();

describe('the accessibility statement', () => {
  test('in Dutch: status against WCAG 2.1 AA / EN 301 549, what does not comply, the date, the contact and the ombudsman', async () => {
    const res = await request(app).get('/toegankelijkheid').expect(200);
    expect(res.text).toContain('<html lang="nl-BE">');
    expect(res.text).toContain('<h1>Toegankelijkheidsverklaring</h1>');
    expect(res.text).toContain('voldoen gedeeltelijk aan de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA');
    expect(res.text).toContain('EN 301 549');
    expect(res.text).toContain('Wat nog niet toegankelijk is');
    expect(res.text).toContain('Deze verklaring werd opgesteld of laatst herzien op 30 november 2026.');
    expect(res.text).toContain(
      '<a href="mailto:toegankelijkheid@testdorp.example">toegankelijkheid@testdorp.example</a>',
    );
    expect(res.text).toContain('<a href="tel:050123456">050 12 34 56</a>');
    expect(res.text).toContain('<a href="/contact">ons contactformulier</a>');
    expect(res.text).toContain('binnen de 30 dagen');
    expect(res.text).toContain('Handhavingsprocedure');
    expect(res.text).toContain('href="https://www.vlaamseombudsdienst.be"');
    expect(res.text).toContain('<a href="/toegankelijkheid?lang=en" lang="en">English</a>');
  });

  test('in English with ?lang=en', async () => {
    const res = await request(app).get('/toegankelijkheid?lang=en').expect(200);
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('<h1>Accessibility statement</h1>');
    expect(res.text).toContain('partially comply with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA');
    expect(res.text).toContain('This statement was prepared or last reviewed on 30 November 2026.');
    expect(res.text).toContain('Enforcement procedure');
    expect(res.text).toContain('<a href="/contact?lang=en">our contact form</a>');
  });

  test('every public page links to it from its footer, in the page’s language', async () => {
    for (const path of [
      '/contact',
      '/afspraak',
      '/kaart',
      '/volg/bestaat-niet',
      '/afspraak/beheer/bestaat-niet',
      '/contact/bestaat-niet',
    ]) {
      const nl = await request(app).get(path).set('Accept', 'text/html');
      expect([path, nl.text]).toEqual([
        path,
        expect.stringContaining('<a href="/toegankelijkheid">Toegankelijkheidsverklaring</a>'),
      ]);
      const en = await request(app).get(`${path}?lang=en`).set('Accept', 'text/html');
      expect([path, en.text]).toEqual([
        path,
        expect.stringContaining('<a href="/toegankelijkheid?lang=en">Accessibility statement</a>'),
      ]);
    }
  });

  test('its settings are checked at start, with a message that says what is expected', () => {
    const base = { DATABASE_URL: 'postgres://x/y', REDIS_URL: 'redis://x' };
    expect(() => loadConfig({ ...base, ACCESSIBILITY_STATEMENT_DATE: '30/11/2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => loadConfig({ ...base, ACCESSIBILITY_STATUS: 'mostly' })).toThrow(/full, partial or none/);
    expect(() => loadConfig({ ...base, ACCESSIBILITY_CONTACT_EMAIL: 'not-an-address' })).toThrow(
      /accessibility reports/,
    );
    expect(loadConfig({ ...base, ACCESSIBILITY_STATUS: 'full' }).ACCESSIBILITY_STATUS).toBe('full');
  });
});
