import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { loadConfig } from '../../src/config';
import { tileImgSource } from '../../src/map/csp';
import { makeCategory, makeDepartment } from '../support/factories';

const app = buildApp();

beforeAll(async () => {
  const dept = await makeDepartment();
  const light = await makeCategory(dept.id, 'straatverlichting');
  const home = await makeCategory(dept.id, 'overlast-woning');
  await makeCategory(dept.id, 'vraag');
  await db().category.update({
    where: { id: light.id },
    data: { reportable: true, nameNl: 'Straatverlichting', nameEn: 'Street lighting' },
  });
  await db().category.update({
    where: { id: home.id },
    data: { reportable: true, mapVisibility: 'hidden', nameNl: 'Overlast aan een woning' },
  });
});

describe('the /kaart page', () => {
  test('is a Dutch page with labelled filters, a legend, the hint, a keyboard way to report, and a labelled report form', async () => {
    const res = await request(app).get('/kaart').expect(200);
    const html = res.text;
    expect(html).toContain('<html lang="nl-BE">');
    expect(html).toContain('Klik op de kaart om een probleem te melden');
    expect(html).toContain('>Meld een probleem op deze plek</button>');
    expect(html).toMatch(/<noscript>[^]*href="\/contact\?lang=nl"[^]*<\/noscript>/);
    expect(html).toContain('Legende');
    for (const id of [
      'filter-category',
      'filter-status',
      'report-category',
      'report-message',
      'report-attachments',
      'report-name',
      'report-email',
      'report-phone',
      'report-website',
    ]) {
      expect(html).toContain(`<label for="${id}">`);
      expect(html).toMatch(new RegExp(`id="${id}"`));
    }
    expect(html).toMatch(/<input id="report-attachments" name="attachments"[^>]* type="file" accept="image\/\*">/);
    expect(html).toMatch(/name="submissionKey" value="[A-Za-z0-9_-]{43}"/);
    expect(html).toMatch(/<section id="report" class="report" hidden/);
    expect(html).toContain('name="latitude"');
    expect(html).toContain('name="longitude"');
    // the report form offers every reportable category; the filter only those that can appear on the map
    const reportSelect = /<select id="report-category"[^]*?<\/select>/.exec(html)![0];
    expect(reportSelect).toContain('Straatverlichting');
    expect(reportSelect).toContain('Overlast aan een woning');
    expect(reportSelect).not.toContain('vraag');
    const filterSelect = /<select id="filter-category"[^]*?<\/select>/.exec(html)![0];
    expect(filterSelect).toContain('Straatverlichting');
    expect(filterSelect).not.toContain('Overlast aan een woning');
    // the settings reach the script through data- attributes
    expect(html).toContain('data-tile-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"');
    expect(html).toContain('data-lat="50.8283" data-lng="3.2649" data-zoom="14"');
  });

  test('has no inline script, only files from this server, and lets the tile server through the CSP', async () => {
    const res = await request(app).get('/kaart').expect(200);
    const scripts = res.text.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script src="/kaart/assets/leaflet.js">', '<script src="/kaart/assets/kaart.js">']);
    expect(res.text).not.toMatch(/\son[a-z]+="/);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/tile\.openstreetmap\.org/);
  });

  test('is in English with ?lang=en, and keeps the chosen filters', async () => {
    const res = await request(app).get('/kaart?lang=en&status=open&category=straatverlichting').expect(200);
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('Click on the map to report a problem.');
    expect(res.text).toContain('Report a problem at this place');
    expect(res.text).toContain('<option value="straatverlichting" selected>Street lighting</option>');
    expect(res.text).toContain('<option value="open" selected>');
    expect(res.text).toContain('href="/kaart?lang=nl"');
  });

  test('serves Leaflet and our own script and stylesheet', async () => {
    const leaflet = await request(app).get('/kaart/assets/leaflet.js').expect(200);
    expect(leaflet.headers['content-type']).toMatch(/javascript/);
    await request(app).get('/kaart/assets/leaflet.css').expect(200).expect('content-type', /css/);
    await request(app).get('/kaart/assets/images/marker-icon.png').expect(200);
    const ours = await request(app).get('/kaart/assets/kaart.js').expect(200);
    expect(ours.text).toContain('/api/public/reports.geojson');
    await request(app).get('/kaart/assets/kaart.css').expect(200).expect('content-type', /css/);
    await request(app).get('/kaart/assets/nope.js').expect(404);
  });

  test('the map endpoints are in the OpenAPI document', async () => {
    const doc = (await request(app).get('/api/openapi.json').expect(200)).body;
    const params = doc.paths['/api/public/reports.geojson'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(['category', 'status', 'days', 'bbox', 'language']);
    expect(doc.paths['/api/public/report-categories'].get).toBeDefined();
  });
});

describe('map configuration', () => {
  const base = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/voordeur' };

  test('has OpenStreetMap defaults and reads the centre as latitude,longitude', () => {
    expect(loadConfig(base)).toMatchObject({
      MAP_TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      MAP_CENTER: { lat: 50.8283, lng: 3.2649 },
      MAP_ZOOM: 14,
    });
    expect(loadConfig({ ...base, MAP_CENTER: ' 51.05, 3.72 ', MAP_ZOOM: '12' })).toMatchObject({
      MAP_CENTER: { lat: 51.05, lng: 3.72 },
      MAP_ZOOM: 12,
    });
    expect(loadConfig({ ...base, MAP_TILE_URL: '/tiles/{z}/{x}/{y}.png' }).MAP_TILE_URL).toBe('/tiles/{z}/{x}/{y}.png');
  });

  test('names a wrong tile URL, centre or zoom', () => {
    expect(() => loadConfig({ ...base, MAP_TILE_URL: 'ftp://tiles.example/{z}/{x}/{y}.png' })).toThrow(/MAP_TILE_URL/);
    expect(() => loadConfig({ ...base, MAP_TILE_URL: 'https://tiles.example/tile.png' })).toThrow(/MAP_TILE_URL/);
    expect(() => loadConfig({ ...base, MAP_TILE_URL: 'https://tiles.{s}.example/{z}/{x}/{y}.png' })).toThrow(
      /MAP_TILE_URL/,
    );
    expect(() => loadConfig({ ...base, MAP_CENTER: 'Kortrijk' })).toThrow(
      /MAP_CENTER="Kortrijk": must be "latitude,longitude"/,
    );
    expect(() => loadConfig({ ...base, MAP_CENTER: '95,3' })).toThrow(/MAP_CENTER/);
    expect(() => loadConfig({ ...base, MAP_ZOOM: '25' })).toThrow(/MAP_ZOOM="25": must be a zoom level from 1 to 19/);
  });

  test('the CSP source of a tile URL is its origin, with a {s} subdomain as a wildcard', () => {
    expect(tileImgSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileImgSource('https://{s}.tile.example.org/{z}/{x}/{y}.png?key=abc')).toBe('https://*.tile.example.org');
    expect(tileImgSource('http://Tiles.Example:8080/{z}/{x}/{y}.png')).toBe('http://tiles.example:8080');
    expect(tileImgSource('/tiles/{z}/{x}/{y}.png')).toBeUndefined();
  });
});
