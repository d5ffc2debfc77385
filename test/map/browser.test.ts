import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveApp } from '../support/browser';
import { db } from '../../src/db';
import { makeCategory, makeDepartment, makeTicket } from '../support/factories';
import { onTeardown } from '../support/teardown';

// A citizen on /kaart in a real Chromium. There is no network, so no tiles load: Leaflet still draws
// the reports and handles clicks.
let browser: Browser;
let base: string;
let categoryId: string;
let existingReference: string;

/** A valid 1x1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
/** The map's view as the page records it (data-view="lat,lng,zoom"): it opens framing the open reports. */
async function viewOf(page: Page) {
  const [lat, lng, zoom] = (await page.locator('#map').getAttribute('data-view'))!.split(',').map(Number);
  return { lat, lng, zoom };
}

/** Web Mercator, as Leaflet places the map: the place a point dx, dy pixels from the map's centre stands for. */
function latLngAt(view: { lat: number; lng: number; zoom: number }, dx: number, dy: number) {
  const scale = 256 * 2 ** view.zoom;
  const x = ((view.lng + 180) / 360) * scale + dx;
  const sin = Math.sin((view.lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale + dy;
  const lng = (x / scale) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / scale;
  const lat = (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)));
  return { lat, lng };
}

beforeAll(async () => {
  const dept = await makeDepartment('Openbare Werken');
  const category = await makeCategory(dept.id, 'straatverlichting');
  categoryId = category.id;
  await db().category.update({
    where: { id: category.id },
    data: { reportable: true, mapVisibility: 'approximate', nameNl: 'Straatverlichting', nameEn: 'Street lighting' },
  });
  const existing = await makeTicket({ categoryId, name: 'Luc Vermeulen', subject: 'Lamp kapot' });
  await db().ticket.update({ where: { id: existing.id }, data: { latitude: 50.8301, longitude: 3.2702 } });
  existingReference = existing.reference;

  const served = await serveApp();
  const server = served.server;
  base = served.base;
  browser = await launchChromium();
  onTeardown(() => new Promise((r) => server.close(r)));
  onTeardown(() => browser.close());
}, 60000);

async function openMap(
  path: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ locale: 'nl-BE', viewport });
  page.setDefaultTimeout(20000);
  // script errors and CSP refusals would otherwise pass silently
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused/i.test(msg.text())) problems.push(msg.text());
  });
  await page.goto(`${base}${path}`);
  return { page, problems };
}

test('a citizen sees the reports, clicks the map, fills in the form with a photo and gets a reference', async () => {
  const { page, problems } = await openMap('/kaart');
  await page.locator('path.report-marker.report-open').first().waitFor();
  expect(await page.locator('path.report-marker').count()).toBe(1);
  expect(await page.locator('path.report-marker').getAttribute('fill')).toBe('#f28c00');
  await page.getByText('1 melding op de kaart.').waitFor();

  // a click on the map, left of and below its centre, chooses the place and opens the form
  // (a click position is measured from the padding box, which Leaflet centres the map in)
  // one open report: the map opens on it, at the configured zoom (14), not closer
  const view = await viewOf(page);
  expect(view.zoom).toBe(14);
  expect(view.lat).toBeCloseTo(50.83, 3); // the report's public place, 50.830, 3.270 (to the pixel)
  expect(view.lng).toBeCloseTo(3.27, 3);
  const size = await page.locator('#map').evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
  const dx = -150;
  const dy = 80;
  await page.locator('#map').click({ position: { x: size.width / 2 + dx, y: size.height / 2 + dy } });
  await page.locator('#report').waitFor({ state: 'visible' });
  await page.locator('.leaflet-marker-icon').waitFor();
  const clicked = latLngAt(view, dx, dy);
  // the chosen place, readable next to the form and on its marker
  const shown = `${clicked.lat.toFixed(4)}, ${clicked.lng.toFixed(4)}`;
  await expect(page.locator('#report-location').textContent()).resolves.toBe(shown);
  await page.locator('.leaflet-tooltip').getByText(`Gekozen plek: ${shown}`).waitFor();

  await page.getByLabel('Wat is het probleem?').selectOption('straatverlichting');
  await page.getByLabel('Beschrijving').fill('De straatlamp op de hoek knippert de hele nacht.');
  await page.getByLabel('Foto (optioneel)').setInputFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: PNG });
  await page.getByLabel('Naam').fill('Marie Janssens');
  await page.getByLabel('E-mailadres').fill('marie@example.be');
  await page.screenshot({
    path: process.env.MAP_SCREENSHOT ?? path.join(process.env.STORAGE_DIR!, 'kaart.png'),
    fullPage: true,
  });
  await page.getByRole('button', { name: 'Melding versturen' }).click();

  const ref = page.locator('#report-result .ref');
  await ref.waitFor();
  const reference = (await ref.textContent())!.trim();
  expect(reference).toMatch(/^VD-/);
  await page.getByText('Bedankt, we hebben uw melding ontvangen.').waitFor();
  const follow = await page.getByRole('link', { name: 'Volg uw melding' }).getAttribute('href');
  expect(follow).toMatch(/^http:\/\/voordeur\.test\/volg\/[A-Za-z0-9_-]{43}$/);
  await expect(page.locator('#report').isHidden()).resolves.toBe(true);

  const ticket = await db().ticket.findUniqueOrThrow({
    where: { reference },
    include: { attachments: true, contact: true, messages: true },
  });
  expect(ticket.channel).toBe('web');
  expect(ticket.categoryId).toBe(categoryId);
  // within a pixel or so (about 5 m)
  expect(Math.abs(ticket.latitude! - clicked.lat)).toBeLessThan(0.00008);
  expect(Math.abs(ticket.longitude! - clicked.lng)).toBeLessThan(0.00008);
  expect(ticket.subject).toBe('Straatverlichting: De straatlamp op de hoek knippert de hele nacht.');
  expect(ticket.messages[0].bodyText).toBe('De straatlamp op de hoek knippert de hele nacht.');
  expect(ticket.contact?.name).toBe('Marie Janssens');
  expect(ticket.attachments).toHaveLength(1);
  expect(ticket.attachments[0]).toMatchObject({ contentType: 'image/png', filename: 'lamp.png', size: PNG.length });

  // the new report appears on the map at once
  await page.getByText('2 meldingen op de kaart.').waitFor();
  expect(await page.locator('path.report-marker').count()).toBe(2);

  // a report's popup: category and status, nothing personal; clicking a report does not choose a place
  await page.locator('path.report-marker').last().click(); // drawn newest first: the last is the older report
  const popup = page.locator('.leaflet-popup-content');
  await popup.getByText('Straatverlichting').waitFor();
  await expect(popup.textContent()).resolves.toContain('Ontvangen');
  await expect(popup.textContent()).resolves.toContain(existingReference);
  await expect(popup.textContent()).resolves.not.toContain('Luc');
  await expect(page.locator('#report').isHidden()).resolves.toBe(true);

  // the filters reload the reports
  await page.getByLabel('Status').selectOption('resolved');
  await page.getByText('Geen meldingen voor deze keuze.').waitFor();
  expect(await page.locator('path.report-marker').count()).toBe(0);
  expect(page.url()).toContain('status=resolved');
  expect(problems).toEqual([]);
  await page.close();
}, 90000);

test('on a phone, with the keyboard: the button reports at the map centre, and the API’s errors appear next to the fields', async () => {
  const { page, problems } = await openMap('/kaart', { width: 375, height: 740 });
  await page.locator('path.report-marker').first().waitFor();
  // nothing sticks out sideways on a small screen
  expect(await page.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(375);

  const view = await viewOf(page);
  await page.getByRole('button', { name: 'Meld een probleem op deze plek' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#report').waitFor({ state: 'visible' });
  await expect(page.locator('#report-title').evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(
    true,
  );

  // sent without a category: refused in the browser, next to the field
  await page.getByLabel('Beschrijving').fill('Put in het fietspad');
  await page.getByRole('button', { name: 'Melding versturen' }).click();
  await page.locator('#report-category-error').getByText('Kies een categorie.').waitFor();
  await expect(page.getByLabel('Wat is het probleem?').getAttribute('aria-invalid')).resolves.toBe('true');

  // sent without a way to answer: the API refuses it, its message shows in Dutch next to the email field
  const before = await db().ticket.count();
  await page.getByLabel('Wat is het probleem?').selectOption('straatverlichting');
  await page.getByRole('button', { name: 'Melding versturen' }).click();
  const emailError = page.locator('#report-email-error');
  await emailError.getByText('Geef een e-mailadres of een telefoonnummer, zodat we u kunnen antwoorden.').waitFor();
  await expect(page.locator('#report-category-error').isHidden()).resolves.toBe(true);
  await expect(page.locator('#report-summary').textContent()).resolves.toContain(
    'Geef een e-mailadres of een telefoonnummer',
  );
  if (process.env.MAP_SCREENSHOT)
    await page.screenshot({ path: process.env.MAP_SCREENSHOT.replace(/\.png$/, '-phone.png'), fullPage: true });
  await expect(page.getByLabel('E-mailadres').getAttribute('aria-describedby')).resolves.toContain(
    'report-email-error',
  );
  expect(await db().ticket.count()).toBe(before);

  await page.getByLabel('Telefoonnummer').fill('0470 12 34 56');
  await page.getByRole('button', { name: 'Melding versturen' }).click();
  const reference = (await page.locator('#report-result .ref').textContent())!.trim();
  const ticket = await db().ticket.findUniqueOrThrow({ where: { reference }, include: { attachments: true } });
  // the centre of the map as it opened
  expect(ticket.latitude).toBeCloseTo(view.lat, 5);
  expect(ticket.longitude).toBeCloseTo(view.lng, 5);
  expect(ticket.attachments).toHaveLength(0);
  expect(problems).toEqual([]);
  await page.close();
}, 90000);

test('in English with ?lang=en', async () => {
  const { page, problems } = await openMap('/kaart?lang=en');
  await page
    .getByText('1 report on the map.')
    .or(page.getByText(/\d+ reports on the map\./))
    .waitFor();
  // the last drawn is on top (the reports from the tests above share a place)
  await page.locator('path.report-marker').last().click();
  await page.locator('.leaflet-popup-content').getByText('Street lighting').waitFor();
  await page.getByText('Click on the map to report a problem.').waitFor();
  expect(problems).toEqual([]);
  await page.close();
}, 60000);

test('without JavaScript the page points to the contact form instead of showing an empty map', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${base}/kaart`);
  await expect(page.getByRole('link', { name: 'contactformulier' }).getAttribute('href')).resolves.toBe(
    '/contact?lang=nl',
  );
  await expect(page.locator('#map').isHidden()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: 'Meld een probleem op deze plek' }).count()).resolves.toBe(0);
  await context.close();
}, 60000);
