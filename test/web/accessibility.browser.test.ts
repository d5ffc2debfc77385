import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveApp, openWatched } from '../support/browser';
import { expectAccessible } from '../support/console';
import { onTeardown } from '../support/teardown';
import { makeCategory, makeDepartment } from '../support/factories';
import { counters } from '../appointments/world';
import { intake } from '../../src/intake/intake';
import { db } from '../../src/db';
import { byId, byText, focus, tabTo } from '../support/keyboard';

// WCAG 2.1 AA on the citizen's pages: axe-core on every page and state a citizen meets (0 serious or critical), and
// the three journeys a citizen must be able to make with the keyboard alone, seeing where the focus is at each stop.
let browser: Browser;
let base: string;

/** A valid 1x1 PNG: the photo of the contact form journey. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  const dept = await makeDepartment('Openbare Werken');
  const category = await makeCategory(dept.id, 'straatverlichting');
  await db().category.update({
    where: { id: category.id },
    data: { reportable: true, nameNl: 'Straatverlichting', nameEn: 'Street lighting' },
  });
  const served = await serveApp();
  base = served.base;
  browser = await launchChromium();
  onTeardown(() => new Promise((r) => served.server.close(r)));
  onTeardown(() => browser.close());
}, 60000);

const open = (path: string) => openWatched(browser, `${base}${path}`);

/** Types into the focused field, key by key. */
const type = (page: Page, text: string) => page.keyboard.type(text);

test('the contact form with a photo, with the keyboard only: every stop shows its focus, the case arrives with the photo', async () => {
  const { page, problems } = await open('/contact');
  await expectAccessible(page, 'contact form');
  // the header's language link first, then the fields in reading order
  await tabTo(page, byText('English'), 'the language switch', { max: 3 });
  await tabTo(page, byId('name'), 'Naam', { max: 2 });
  await type(page, 'Marie Janssens');
  await tabTo(page, byId('email'), 'E-mailadres', { max: 1 });
  await type(page, 'marie.janssens@example.be');
  await tabTo(page, byId('category'), 'Waarover gaat het?', { max: 2 });
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#category').inputValue()).resolves.toBe('straatverlichting');
  await tabTo(page, byId('subject'), 'Onderwerp', { max: 1 });
  await type(page, 'Lamp kapot');
  await tabTo(page, byId('message'), 'Uw bericht', { max: 1 });
  await type(page, 'De straatlamp voor nummer 12 brandt niet meer.');
  await tabTo(page, byId('address'), 'Adres', { max: 1 });
  await type(page, 'Kerkstraat 12');
  await tabTo(page, byId('attachments'), 'the file field', { max: 1 });
  // the file chooser is the operating system's: the focused field gets the file, as a keyboard user's chooser would
  await page.locator(':focus').setInputFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: PNG });
  // back and forth: Shift+Tab returns to the address, untouched
  await tabTo(page, byId('address'), 'Adres, backwards', { back: true, max: 1 });
  await expect(page.locator('#address').inputValue()).resolves.toBe('Kerkstraat 12');
  await tabTo(page, byId('attachments'), 'the file field', { max: 1 });
  await tabTo(page, byText('Versturen'), 'Versturen', { max: 1 });
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { name: 'Bedankt, we hebben uw bericht ontvangen' }).waitFor();
  const reference = (await page.locator('.ref').textContent())!.trim();
  await expectAccessible(page, 'contact form sent');
  const ticket = await db().ticket.findUniqueOrThrow({ where: { reference }, include: { attachments: true } });
  expect(ticket.subject).toBe('Lamp kapot');
  expect(ticket.attachments.map((a) => a.filename)).toEqual(['lamp.png']);
  // the way on: to the tracking page, by keyboard
  await tabTo(page, byText('Volg uw dossier'), 'the tracking link', { max: 4 });
  expect(problems).toEqual([]);
  await page.close();
});

test('booking and cancelling an appointment with the keyboard only, every step and message checked by axe', async () => {
  const world = await counters(1, { code: `a11y-${Date.now().toString(36)}` });
  const { page, problems } = await open('/afspraak');

  // step 1: "Volgende" without a choice, then the product with Space
  await page.getByRole('heading', { name: 'Stap 1 van 3: waarvoor komt u?' }).waitFor();
  await page.getByRole('radio', { name: 'Identiteitskaart' }).waitFor();
  await expectAccessible(page, 'booking step 1');
  await tabTo(page, byId('product-next'), 'Volgende');
  await page.keyboard.press('Enter');
  await page.locator('#product-summary').getByText('Kies een product.').waitFor();
  await expectAccessible(page, 'booking step 1 with error');
  await tabTo(page, (f) => f.type === 'radio', 'the product list');
  await page.keyboard.press('Space');
  await tabTo(page, byId('product-next'), 'Volgende', { max: 1 });
  await page.keyboard.press('Enter');

  // step 2: the first free day as offered, the second time of it by arrow
  await page.getByRole('heading', { name: 'Stap 2 van 3: kies een dag en een uur' }).waitFor();
  await expect(focus(page)).resolves.toMatchObject({ id: 'step-time-title' });
  await page.locator('#book-start-list input[type="radio"]').first().waitFor();
  await expectAccessible(page, 'booking step 2');
  await tabTo(page, byId('time-next'), 'Volgende');
  await page.keyboard.press('Enter');
  await page.locator('#time-summary').getByText('Kies een uur.').waitFor();
  await expectAccessible(page, 'booking step 2 with error');
  await tabTo(page, (f) => f.type === 'radio', 'the times');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  const chosen = (await page.locator('#book-start-list label:has(input:checked)').textContent())!;
  await tabTo(page, byId('time-next'), 'Volgende', { max: 1 });
  await page.keyboard.press('Enter');

  // step 3: sent without a way to reach me, then completed
  await page.getByRole('heading', { name: 'Stap 3 van 3: uw gegevens' }).waitFor();
  await expectAccessible(page, 'booking step 3');
  await tabTo(page, byId('book-name'), 'Naam');
  await type(page, 'Marie Janssens');
  await tabTo(page, byId('details-send'), 'Afspraak bevestigen');
  await page.keyboard.press('Enter');
  await page
    .locator('#details-summary')
    .getByText(/Geef een e-mailadres of een telefoonnummer/)
    .waitFor();
  await expectAccessible(page, 'booking step 3 with errors');
  await tabTo(page, byId('book-email'), 'E-mailadres');
  await type(page, 'marie.janssens@example.be');
  await tabTo(page, byId('details-send'), 'Afspraak bevestigen');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { name: 'Uw afspraak staat vast' }).waitFor();
  await expectAccessible(page, 'booking confirmation');
  const booked = await db().appointment.findFirstOrThrow({ where: { serviceId: world.serviceId } });
  expect(booked.status).toBe('booked');
  expect(chosen).toContain(
    new Intl.DateTimeFormat('nl-BE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' }).format(
      booked.startsAt,
    ),
  );
  // the confirmation's link leads to PUBLIC_URL (another host in this test): reached by keyboard, opened here by path
  const link = await tabTo(page, byText('Uw afspraak verplaatsen of annuleren'), 'the manage link');
  expect(link.tag).toBe('A');
  const manageHref = (await page.locator(':focus').getAttribute('href'))!;
  await page.goto(`${base}${new URL(manageHref).pathname}`);

  // the manage page: move opened and kept, then cancel with its confirmation
  await page.locator('#manage-code').getByText(booked.code).waitFor();
  await expectAccessible(page, 'manage page');
  await tabTo(page, byId('manage-move'), 'Verplaatsen');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Kies een nieuwe dag en een nieuw uur' }).waitFor();
  await page.locator('#move-start-list input[type="radio"]').first().waitFor();
  await expectAccessible(page, 'manage page, moving');
  await tabTo(page, byId('move-keep'), 'Mijn uur behouden');
  await page.keyboard.press('Enter');
  await expect(focus(page)).resolves.toMatchObject({ id: 'manage-move' });
  await tabTo(page, byId('manage-cancel'), 'Annuleren', { max: 1 });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Afspraak annuleren?' }).waitFor();
  await expect(focus(page)).resolves.toMatchObject({ id: 'cancel-title' });
  await expectAccessible(page, 'manage page, cancel confirmation');
  await tabTo(page, byId('cancel-yes'), 'Ja, annuleer mijn afspraak');
  await page.keyboard.press('Enter');
  await page.locator('#manage-result').getByText('Uw afspraak is geannuleerd. U hoeft niet te komen.').waitFor();
  await expect(focus(page)).resolves.toMatchObject({ id: 'manage-result' });
  await expectAccessible(page, 'manage page, cancelled');
  expect((await db().appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe('cancelled');
  await tabTo(page, byText('Een nieuwe afspraak maken'), 'the link to book again');
  expect(problems).toEqual([]);
  await page.close();
}, 120000);

test('the tracking page, adding to it, and unsubscribing from updates pass axe, in Dutch and English', async () => {
  const dept = await makeDepartment('Burgerzaken');
  const made = await intake({
    channel: 'web',
    contact: { name: 'Marie Janssens', email: 'marie@example.be' },
    subject: 'Losse tegel',
    body: 'Aan de bakker.',
    departmentId: dept.id,
    acknowledge: false,
  });
  const { page, problems } = await open(`/volg/${made.trackingToken}`);
  await expectAccessible(page, 'tracking page');
  await page.goto(`${base}/volg/${made.trackingToken}?toegevoegd=1`);
  await expectAccessible(page, 'tracking page, information added');
  await page.goto(`${base}/volg/${made.trackingToken}?lang=en`);
  await expectAccessible(page, 'tracking page (en)');
  await page.goto(`${base}/volg/bestaat-niet`);
  await expectAccessible(page, 'tracking page, link not valid');

  await page.goto(`${base}/volg/${made.trackingToken}/afmelden`);
  await expectAccessible(page, 'unsubscribe page');
  await tabTo(page, (f) => f.tag === 'BUTTON', 'the unsubscribe button');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /afgemeld/ }).waitFor();
  await expectAccessible(page, 'unsubscribed');
  expect(problems).toEqual([]);
  await page.close();
});

test('the map, its report form and its errors pass axe', async () => {
  const { page, problems } = await open('/kaart');
  await page.locator('#kaart-live').waitFor();
  await expectAccessible(page, 'map');
  await tabTo(page, byId('report-here'), 'Meld een probleem op deze plek');
  await page.keyboard.press('Enter');
  await page.locator('#report').waitFor({ state: 'visible' });
  await expectAccessible(page, 'map, report form');
  await page.getByRole('button', { name: 'Melding versturen' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#report-category-error').getByText('Kies een categorie.').waitFor();
  await expectAccessible(page, 'map, report form with errors');
  expect(problems).toEqual([]);
  await page.close();
});

test('the accessibility statement passes axe and is reached from the footer by keyboard', async () => {
  const { page, problems } = await open('/contact?lang=en');
  await tabTo(page, byText('Accessibility statement'), 'the footer link');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Accessibility statement', level: 1 }).waitFor();
  await expectAccessible(page, 'accessibility statement (en)');
  await page.goto(`${base}/toegankelijkheid`);
  await page.getByRole('heading', { name: 'Toegankelijkheidsverklaring', level: 1 }).waitFor();
  await expectAccessible(page, 'accessibility statement');
  await page.goto(`${base}/contact?lang=en`);
  await expectAccessible(page, 'contact form (en)');
  await tabTo(page, byText('Send'), 'Send');
  await page.keyboard.press('Enter');
  await page.locator('#error-summary').waitFor();
  await expect(focus(page)).resolves.toMatchObject({ id: 'error-summary' });
  await expectAccessible(page, 'contact form with errors (en)');
  expect(problems).toEqual([]);
  await page.close();
});
