import { GEOCODER_PORT, INSIDE, IN_HOLE, OUTSIDE, TOWN } from './boundaryEnv';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, serveApp } from '../support/browser';
import { expectAccessible } from '../support/console';
import { db } from '../../src/db';
import { makeCategory, makeDepartment } from '../support/factories';
import { onTeardown } from '../support/teardown';
import { startGeocoder } from './geocoderStandIn';

// /kaart in a real Chromium with a town boundary (TOWN_BOUNDARY_FILE) and an address search (GEOCODER_URL, a
// stand-in Nominatim). The position comes from playwright's geolocation, as a phone's GPS would give it.
let browser: Browser;
let base: string;
const geocoder = startGeocoder(GEOCODER_PORT);

const OUTSIDE_NL = 'Deze plek ligt buiten de gemeente, dus we kunnen er geen melding voor aannemen.';
const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

beforeAll(async () => {
  await geocoder.listening;
  onTeardown(geocoder.close);
  const dept = await makeDepartment('Openbare Werken');
  const pothole = await makeCategory(dept.id, 'wegdek');
  await db().category.update({
    where: { id: pothole.id },
    data: { reportable: true, mapVisibility: 'approximate', nameNl: 'Put in de weg', nameEn: 'Pothole' },
  });
  const served = await serveApp();
  base = served.base;
  browser = await launchChromium();
  onTeardown(() => new Promise((r) => served.server.close(r)));
  onTeardown(() => browser.close());
}, 60000);

async function openMap(
  options: BrowserContextOptions,
  path = '/kaart',
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused/i.test(msg.text())) problems.push(msg.text());
  });
  await page.goto(`${base}${path}`);
  return { context, page, problems };
}

/** expectAccessible first tries to add axe as an inline script, which the page's CSP refuses (as it should) */
const withoutAxe = (problems: string[]) => problems.filter((p) => !p.startsWith('Executing inline script'));

async function viewOf(page: Page) {
  const [lat, lng, zoom] = (await page.locator('#map').getAttribute('data-view'))!.split(',').map(Number);
  return { lat, lng, zoom };
}

async function fillReport(page: Page) {
  await page.getByLabel('Wat is het probleem?').selectOption('wegdek');
  await page.getByLabel('Beschrijving').fill('Een diepe put in het fietspad.');
  await page.getByLabel('E-mailadres').fill('marie@example.be');
}

test('without reports the map frames the town’s boundary', async () => {
  expect(await db().ticket.count()).toBe(0);
  const { context, page, problems } = await openMap({});
  await page.getByText('Geen meldingen voor deze keuze.').waitFor();
  const view = await viewOf(page);
  // the whole town in view: further out than the configured zoom (14), centred on the town
  expect(view.zoom).toBeLessThan(14);
  expect(view.lat).toBeCloseTo((TOWN.south + TOWN.north) / 2, 2);
  expect(view.lng).toBeCloseTo((TOWN.west + TOWN.east) / 2, 2);
  expect(problems).toEqual([]);
  await context.close();
}, 60000);

test('on a phone: the map is in view, the hint says “Tik”, and “Mijn locatie” puts the report where the citizen stands', async () => {
  const { context, page, problems } = await openMap({
    ...PHONE,
    geolocation: { latitude: INSIDE.lat, longitude: INSIDE.lng, accuracy: 10 },
    permissions: ['geolocation'],
  });
  await page.getByText('Tik op de kaart om een probleem te melden.').waitFor();
  expect(await page.getByText('Klik op de kaart').count()).toBe(0);
  // the map starts in view (the introduction above it scrolled away), most of it on the first screen
  const box = (await page.locator('#map').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height / 2).toBeLessThan(740);
  expect(await page.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(375);

  await page.getByRole('button', { name: 'Mijn locatie' }).click();
  await page.locator('#report').waitFor({ state: 'visible' });
  await expect(page.locator('#report-location').textContent()).resolves.toBe('50.8283, 3.2649');
  await page.locator('.leaflet-tooltip').getByText('Gekozen plek: 50.8283, 3.2649').waitFor();
  await page.getByText('Uw locatie staat op de kaart.').waitFor();
  const view = await viewOf(page);
  expect(view.zoom).toBe(17);
  expect(view.lat).toBeCloseTo(INSIDE.lat, 4);
  if (process.env.MAP_SCREENSHOT)
    await page.screenshot({ path: process.env.MAP_SCREENSHOT.replace(/\.png$/, '-locate.png'), fullPage: true });
  expect(problems).toEqual([]);
  await expectAccessible(page, '/kaart on a phone, place chosen');

  await fillReport(page);
  await page.getByRole('button', { name: 'Melding versturen' }).click();
  const reference = (await page.locator('#report-result .ref').textContent())!.trim();
  const ticket = await db().ticket.findUniqueOrThrow({ where: { reference } });
  expect(ticket.latitude).toBe(INSIDE.lat);
  expect(ticket.longitude).toBe(INSIDE.lng);
  expect(withoutAxe(problems)).toEqual([]);
  await context.close();
}, 90000);

test('a place outside the town is refused: at once when the location is outside its box, by the server for a hole in it', async () => {
  const { context, page, problems } = await openMap({
    geolocation: { latitude: OUTSIDE.lat, longitude: OUTSIDE.lng, accuracy: 10 },
    permissions: ['geolocation'],
  });
  // with a report on the map, the map frames it (not the whole town)
  await page.getByText('1 melding op de kaart.').waitFor();
  expect((await viewOf(page)).zoom).toBe(14);
  // a mouse: the hint still says “Klik”
  await page.getByText('Klik op de kaart om een probleem te melden.').waitFor();

  await page.getByRole('button', { name: 'Mijn locatie' }).click();
  await page.locator('#report-latitude-error').getByText(OUTSIDE_NL).waitFor();
  await expect(page.locator('#report-location').textContent()).resolves.toBe('51.2194, 4.4025');

  // a piece of the neighbouring municipality inside the town's box: only the server knows, and says so on sending
  await context.setGeolocation({ latitude: IN_HOLE.lat, longitude: IN_HOLE.lng, accuracy: 10 });
  await page.getByRole('button', { name: 'Mijn locatie' }).click();
  await page.locator('#report-location').getByText('50.8450, 3.3050').waitFor();
  await expect(page.locator('#report-latitude-error').isHidden()).resolves.toBe(true);
  const before = await db().ticket.count();
  await fillReport(page);
  await page.getByRole('button', { name: 'Melding versturen' }).click();
  await page.locator('#report-latitude-error').getByText(OUTSIDE_NL).waitFor();
  await expect(page.locator('#report-summary').textContent()).resolves.toContain(OUTSIDE_NL);
  expect(await db().ticket.count()).toBe(before);
  expect(problems).toEqual([]);
  await expectAccessible(page, '/kaart, refused outside the town');
  await context.close();
}, 90000);

test('the address search finds a place through Voordeur and names it as the chosen place', async () => {
  const { context, page, problems } = await openMap({});
  const asked: string[] = [];
  page.on('request', (r) => asked.push(r.url()));
  await page.getByRole('searchbox', { name: /^Adres/ }).fill('Grote Markt 1');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByText('2 adressen gevonden. Kies er een.').waitFor();
  if (process.env.MAP_SCREENSHOT)
    await page.screenshot({ path: process.env.MAP_SCREENSHOT.replace(/\.png$/, '-search.png'), fullPage: true });
  expect(problems).toEqual([]);
  await expectAccessible(page, '/kaart, address search results');
  await page.getByRole('button', { name: 'Grote Markt 1, 8500 Kortrijk, België' }).click();
  await expect(page.locator('#report-location').textContent()).resolves.toBe('Grote Markt 1, 8500 Kortrijk, België');
  await page.locator('.leaflet-tooltip').getByText('Gekozen plek: Grote Markt 1, 8500 Kortrijk, België').waitFor();
  // the browser sent the words only to Voordeur (besides tiles, it talks to nobody else); the server asked the geocoder
  const hosts = new Set(asked.map((u) => new URL(u).host));
  expect([...hosts].filter((h) => h !== new URL(base).host && h !== 'tile.openstreetmap.org')).toEqual([]);
  expect(asked.filter((u) => u.includes('Grote')).map((u) => new URL(u).host)).toEqual([new URL(base).host]);
  expect(geocoder.requests.map((u) => u.searchParams.get('q'))).toContain('Grote Markt 1');

  await fillReport(page);
  await page.getByRole('button', { name: 'Melding versturen' }).click();
  const reference = (await page.locator('#report-result .ref').textContent())!.trim();
  const ticket = await db().ticket.findUniqueOrThrow({ where: { reference } });
  expect(ticket.latitude).toBe(50.8281);
  expect(ticket.longitude).toBe(3.2648);
  expect(withoutAxe(problems)).toEqual([]);
  await context.close();
}, 90000);

test('in English on a phone: “Tap”', async () => {
  const { context, page } = await openMap(PHONE, '/kaart?lang=en');
  await page.getByText('Tap on the map to report a problem.').waitFor();
  await expect(page.locator('#report-location').textContent()).resolves.toBe('No place chosen yet: tap on the map.');
  await context.close();
}, 60000);
