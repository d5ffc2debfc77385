import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveApp } from '../support/browser';
import { db } from '../../src/db';
import { book } from '../../src/appointments/booking';
import { onTeardown } from '../support/teardown';
import { at, counters, type CounterWorld } from '../appointments/world';

// A citizen books, moves and cancels an appointment in a real Chromium, on the public API only.
let browser: Browser;
let base: string;

beforeAll(async () => {
  const served = await serveApp();
  const server = served.server;
  base = served.base;
  browser = await launchChromium();
  onTeardown(() => new Promise((r) => server.close(r)));
  onTeardown(() => browser.close());
}, 60000);

async function open(
  path: string,
  opts: { viewport?: { width: number; height: number }; locale?: string; timezoneId?: string } = {},
): Promise<{ page: Page; problems: string[] }> {
  // a visitor in another time zone still sees Brussels times
  const page = await browser.newPage({
    locale: opts.locale ?? 'nl-BE',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    timezoneId: opts.timezoneId ?? 'America/New_York',
  });
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

const dayName = (day: string, lang: 'nl' | 'en' = 'nl') =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-BE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Brussels',
  }).format(new Date(at(day, '12:00')));
const fullDayName = (day: string) =>
  new Intl.DateTimeFormat('nl-BE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  }).format(new Date(at(day, '12:00')));

/** The id of the element that has focus. */
const focused = (page: Page) => page.locator('html').evaluate((el) => el.ownerDocument.activeElement?.id ?? '');

/** Every form control in the visible part of the page has an accessible name (lines like `- textbox` or `- radio [checked]` have none). */
async function expectNamedControls(page: Page, root = '#main') {
  const tree = await page.locator(root).ariaSnapshot();
  const unnamed = tree
    .split('\n')
    .filter((line) =>
      /^\s*- (textbox|radio|combobox|checkbox|button|link|spinbutton)(\s*\[[^\]]*\])?:?\s*$/.test(line),
    );
  expect(unnamed).toEqual([]);
  return tree;
}

/** With BOOKING_SCREENSHOTS=<folder>, a picture of each step to look at. */
async function shot(page: Page, name: string) {
  if (process.env.BOOKING_SCREENSHOTS)
    await page.screenshot({ path: path.join(process.env.BOOKING_SCREENSHOTS, `${name}.png`), fullPage: true });
}

let code = 0;
const uniqueCode = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++code}`;

test('book with the keyboard from a link with ?dienst=, then move and cancel through the link in the confirmation', async () => {
  const world: CounterWorld = await counters(2, { code: uniqueCode('kids-id') });
  const service = await db().service.findUniqueOrThrow({ where: { id: world.serviceId } });
  const { page, problems } = await open(`/afspraak?dienst=${service.code}`);

  // the product is chosen: straight to step 2, the day list and the times of the first free day
  const stepTime = page.getByRole('heading', { name: 'Stap 2 van 3: kies een dag en een uur' });
  await stepTime.waitFor();
  expect(await page.locator('#step-product').isHidden()).toBe(true);
  await expect(page.locator('#time-product').textContent()).resolves.toBe('Identiteitskaart (ongeveer 15 minuten)');
  await page.getByText(/dagen met vrije uren\.$/).waitFor();
  const day = page.getByLabel('Dag', { exact: true });
  await day.selectOption(world.day);
  await page.getByRole('group', { name: `Vrije uren op ${dayName(world.day)}` }).waitFor();
  expect(await page.getByRole('radio').count()).toBe(12);
  await expectNamedControls(page);
  await shot(page, 'step2');

  // keyboard only: the first time, arrows to 10:00, Tab to "Volgende", Enter
  const first = page.getByRole('radio', { name: `${dayName(world.day)} om 09:00` });
  await first.focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('radio', { name: `${dayName(world.day)} om 10:00`, exact: true }).isChecked(),
  ).resolves.toBe(true);
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('time-next');
  await page.keyboard.press('Enter');

  // step 3: the heading has focus, the summary repeats the choice and the documents
  await page.getByRole('heading', { name: 'Stap 3 van 3: uw gegevens' }).waitFor();
  expect(await focused(page)).toBe('step-details-title');
  const choice = page.locator('#details-choice');
  await expect(choice.textContent()).resolves.toContain(`${fullDayName(world.day)} om 10:00 (tot 10:15)`);
  await expect(choice.textContent()).resolves.toContain('Uw huidige identiteitskaart');
  await expect(choice.textContent()).resolves.toContain('€ 25');
  await expectNamedControls(page);

  // without email and phone: the error summary gets focus and links to the field
  await page.getByLabel('Naam', { exact: true }).fill('Marie Janssens');
  await page.getByRole('button', { name: 'Afspraak bevestigen' }).click();
  const summary = page.locator('#details-summary');
  await summary.waitFor();
  expect(await focused(page)).toBe('details-summary');
  await expect(summary.textContent()).resolves.toContain('Geef een e-mailadres of een telefoonnummer');
  await expect(page.getByLabel('E-mailadres').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(page.locator('#book-email-error').textContent()).resolves.toContain(
    'Geef een e-mailadres of een telefoonnummer',
  );
  await shot(page, 'step3-errors');
  await summary.getByRole('link').click();
  expect(await focused(page)).toBe('book-email');

  // an address the API refuses: its message, in Dutch, next to the field and in the summary
  await page.getByLabel('E-mailadres').fill('marie@');
  await page.keyboard.press('Enter');
  await page
    .locator('#book-email-error')
    .getByText('Dit is geen geldig e-mailadres (voorbeeld: naam@voorbeeld.be).')
    .waitFor();
  expect(await focused(page)).toBe('details-summary');
  expect(await db().appointment.count({ where: { serviceId: world.serviceId } })).toBe(0);

  await page.getByLabel('E-mailadres').fill('marie.janssens@example.be');
  await page.getByRole('button', { name: 'Afspraak bevestigen' }).click();

  // the confirmation: code in large type, when, where, what to bring, where the confirmation went, the link
  await page.getByRole('heading', { name: 'Uw afspraak staat vast' }).waitFor();
  expect(await focused(page)).toBe('step-done-title');
  const shownCode = (await page.locator('#done-body .code').textContent())!.trim();
  expect(shownCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  const done = (await page.locator('#done-body').textContent())!;
  expect(done).toContain(`${fullDayName(world.day)} om 10:00 (tot 10:15)`);
  expect(done).toMatch(/Stadhuis \w+, Grote Markt 1, 8500 Kortrijk/);
  expect(done).toContain('Een recente pasfoto');
  expect(done).toContain('We stuurden een bevestiging naar marie.janssens@example.be.');
  await shot(page, 'done');
  const manageHref = (await page
    .getByRole('link', { name: 'Uw afspraak verplaatsen of annuleren' })
    .getAttribute('href'))!;
  expect(manageHref).toMatch(/^http:\/\/voordeur\.test\/afspraak\/beheer\/[A-Za-z0-9_-]{43}$/);

  const booked = await db().appointment.findFirstOrThrow({ where: { serviceId: world.serviceId } });
  expect(booked).toMatchObject({
    code: shownCode,
    status: 'booked',
    name: 'Marie Janssens',
    email: 'marie.janssens@example.be',
    language: 'nl',
    channel: 'online',
  });
  expect(booked.startsAt.toISOString()).toBe(new Date(at(world.day, '10:00')).toISOString());

  // the link from the confirmation (PUBLIC_URL is not this test server: same path here)
  await page.goto(`${base}${new URL(manageHref).pathname}`);
  await page.locator('#manage-code').getByText(shownCode).waitFor();
  const facts = (await page.locator('#manage-facts').textContent())!;
  expect(facts).toContain('Gepland');
  expect(facts).toContain(`${fullDayName(world.day)} om 10:00 (tot 10:15)`);
  expect(facts).toContain('Uw huidige identiteitskaart');
  await expectNamedControls(page);

  // move to 10:30
  await page.getByRole('button', { name: 'Verplaatsen', exact: true }).click();
  await page.getByRole('heading', { name: 'Kies een nieuwe dag en een nieuw uur' }).waitFor();
  expect(await focused(page)).toBe('move-title');
  await page.getByRole('group', { name: `Vrije uren op ${dayName(world.day)}` }).waitFor();
  // the day of the appointment is shown, without its own time
  await expect(page.getByLabel('Dag', { exact: true }).inputValue()).resolves.toBe(world.day);
  expect(await page.getByRole('radio', { name: `${dayName(world.day)} om 10:00`, exact: true }).count()).toBe(0);
  await expectNamedControls(page);
  await page.getByRole('radio', { name: `${dayName(world.day)} om 10:30`, exact: true }).check();
  await shot(page, 'move');
  await page.getByRole('button', { name: 'Verplaatsen naar dit uur' }).click();
  const result = page.locator('#manage-result');
  await result.getByText(`Uw afspraak is verplaatst naar ${fullDayName(world.day)} om 10:30.`).waitFor();
  expect(await focused(page)).toBe('manage-result');
  expect(await page.locator('#move').isHidden()).toBe(true);
  await expect(page.locator('#manage-facts').textContent()).resolves.toContain(
    `${fullDayName(world.day)} om 10:30 (tot 10:45)`,
  );
  const moved = await db().appointment.findUniqueOrThrow({ where: { id: booked.id } });
  expect(moved.startsAt.toISOString()).toBe(new Date(at(world.day, '10:30')).toISOString());
  expect(moved.status).toBe('booked');

  // cancel, with a confirmation step; "no" changes nothing
  await page.getByRole('button', { name: 'Annuleren', exact: true }).click();
  await page.getByRole('heading', { name: 'Afspraak annuleren?' }).waitFor();
  expect(await focused(page)).toBe('cancel-title');
  await expect(page.locator('#cancel-text').textContent()).resolves.toContain(
    `op ${fullDayName(world.day)} om 10:30 annuleren?`,
  );
  await page.getByRole('button', { name: 'Nee, ik behoud mijn afspraak' }).click();
  expect(await focused(page)).toBe('manage-cancel');
  expect((await db().appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe('booked');
  await page.getByRole('button', { name: 'Annuleren', exact: true }).click();
  await shot(page, 'cancel');
  await page.getByRole('button', { name: 'Ja, annuleer mijn afspraak' }).click();
  await result.getByText('Uw afspraak is geannuleerd. U hoeft niet te komen.').waitFor();
  expect(await focused(page)).toBe('manage-result');
  await expect(page.locator('#manage-facts').textContent()).resolves.toContain('Geannuleerd');
  expect(await page.locator('#manage-actions').isHidden()).toBe(true);
  await expect(page.getByRole('link', { name: 'Een nieuwe afspraak maken' }).getAttribute('href')).resolves.toBe(
    `/afspraak?dienst=${encodeURIComponent(service.code)}`,
  );
  const cancelled = await db().appointment.findUniqueOrThrow({ where: { id: booked.id } });
  expect(cancelled.status).toBe('cancelled');
  expect(cancelled.startsAt.toISOString()).toBe(new Date(at(world.day, '10:30')).toISOString());

  // opened again later: cancelled, nothing to change
  await page.reload();
  await page.locator('#manage-note').getByText('Deze afspraak is geannuleerd.').waitFor();
  expect(await page.locator('#manage-actions').isHidden()).toBe(true);
  expect(problems).toEqual([]);
  await page.close();
});

test('step 1 lists only the products bookable online, with duration, documents and price, and works with the keyboard', async () => {
  const world = await counters(1, { code: uniqueCode('rijbewijs') });
  await db().service.update({
    where: { id: world.serviceId },
    data: { nameNl: 'Rijbewijs aanvragen', durationMinutes: 20, documentsNl: ['Uw oude rijbewijs'], priceNote: '€ 30' },
  });
  const counterOnly = await db().service.create({
    data: {
      code: uniqueCode('nationaliteit'),
      nameNl: 'Nationaliteitsverklaring',
      nameEn: 'Nationality declaration',
      durationMinutes: 60,
      bookableOnline: false,
    },
  });
  const { page, problems } = await open('/afspraak');
  await page.getByRole('heading', { name: 'Stap 1 van 3: waarvoor komt u?' }).waitFor();
  const radio = page.getByRole('radio', { name: 'Rijbewijs aanvragen' });
  await radio.waitFor();
  expect(await page.getByRole('radio', { name: 'Nationaliteitsverklaring' }).count()).toBe(0);
  const info = (await page.locator(`#${await radio.getAttribute('aria-describedby')}`).textContent())!;
  expect(info).toContain('Duur: ongeveer 20 minuten');
  expect(info).toContain('Prijs: € 30');
  expect(info).toContain('Uw oude rijbewijs');
  await expectNamedControls(page);
  await shot(page, 'step1');

  // "Volgende" without a choice: the summary, focused, links to the list
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.locator('#product-summary').getByText('Kies een product.').waitFor();
  expect(await focused(page)).toBe('product-summary');

  await radio.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('product-next');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Stap 2 van 3: kies een dag en een uur' }).waitFor();
  expect(await focused(page)).toBe('step-time-title');
  await expect(page.locator('#time-product').textContent()).resolves.toBe('Rijbewijs aanvragen (ongeveer 20 minuten)');
  await page.getByLabel('Dag', { exact: true }).selectOption(world.day);
  // a time is needed before step 3
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.locator('#time-summary').getByText('Kies een uur.').waitFor();
  expect(await focused(page)).toBe('time-summary');

  // back to step 1 keeps the choice
  await page.getByRole('button', { name: 'Ander product kiezen' }).click();
  expect(await focused(page)).toBe('step-product-title');
  await expect(page.getByRole('radio', { name: 'Rijbewijs aanvragen' }).isChecked()).resolves.toBe(true);

  // a link to a product that cannot be booked online says so, and offers the others
  await page.goto(`${base}/afspraak?dienst=${counterOnly.code}`);
  await page
    .getByText('Voor “Nationaliteitsverklaring” kunt u niet online een afspraak maken. Bel ons op 050 00 00 99.')
    .waitFor();
  await page.getByRole('radio', { name: 'Rijbewijs aanvragen' }).waitFor();
  expect(problems).toEqual([]);
  await page.close();
});

test('a time taken by someone else while filling in: the message, and the times freshly loaded', async () => {
  const world = await counters(1, { code: uniqueCode('paspoort') });
  const { page, problems } = await open(
    `/afspraak?dienst=${(await db().service.findUniqueOrThrow({ where: { id: world.serviceId } })).code}`,
  );
  await page.getByLabel('Dag', { exact: true }).selectOption(world.day);
  await page.getByRole('radio', { name: `${dayName(world.day)} om 11:00`, exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Ahmed El Amrani');
  await page.getByLabel('Telefoonnummer').fill('0470 12 34 56');

  // meanwhile someone else takes the only desk at 11:00
  await book({
    serviceId: world.serviceId,
    start: new Date(at(world.day, '11:00')),
    name: 'Iemand Anders',
    email: 'anders@example.be',
    language: 'nl',
    channel: 'phone',
  });

  await page.getByRole('button', { name: 'Afspraak bevestigen' }).click();
  await page.locator('#time-summary').getByText('Dit uur is intussen niet meer vrij. Kies een ander uur.').waitFor();
  expect(await focused(page)).toBe('time-summary');
  await page.getByRole('radio', { name: `${dayName(world.day)} om 10:45`, exact: true }).waitFor();
  expect(await page.getByRole('radio', { name: `${dayName(world.day)} om 11:00`, exact: true }).count()).toBe(0);
  await expect(page.getByLabel('Dag', { exact: true }).inputValue()).resolves.toBe(world.day);

  // another time, and the details are still there
  await page.getByRole('radio', { name: `${dayName(world.day)} om 11:15`, exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByLabel('Telefoonnummer').inputValue()).resolves.toBe('0470 12 34 56');
  await page.getByRole('button', { name: 'Afspraak bevestigen' }).click();
  await page.getByRole('heading', { name: 'Uw afspraak staat vast' }).waitFor();
  await page.getByText('We stuurden een bevestiging per sms naar 0470 12 34 56.').waitFor();
  const mine = await db().appointment.findFirstOrThrow({
    where: { serviceId: world.serviceId, name: 'Ahmed El Amrani' },
  });
  expect(mine.startsAt.toISOString()).toBe(new Date(at(world.day, '11:15')).toISOString());
  expect(mine.phone).toBe('+32470123456');
  expect(problems).toEqual([]);
  await page.close();
});

test('in English, and on a phone: one column, no sideways scrolling, large touch targets', async () => {
  const world = await counters(1, { code: uniqueCode('kids-id-en') });
  const service = await db().service.findUniqueOrThrow({ where: { id: world.serviceId } });
  const { page, problems } = await open(`/afspraak?dienst=${service.code}&lang=en`, {
    viewport: { width: 360, height: 740 },
    locale: 'en-GB',
  });
  await page.getByRole('heading', { name: 'Step 2 of 3: choose a day and a time' }).waitFor();
  await expect(page.locator('#time-product').textContent()).resolves.toBe('Identity card (about 15 minutes)');
  await page.getByLabel('Day', { exact: true }).selectOption(world.day);
  const slot = page.getByRole('radio', { name: `${dayName(world.day, 'en')} at 09:45`, exact: true });
  await slot.waitFor();
  const box = (await page.locator('label.slot').first().boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(await page.locator('html').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await slot.check();
  await shot(page, 'phone-step2');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'Step 3 of 3: your details' }).waitFor();
  const next = (await page.getByRole('button', { name: 'Confirm appointment' }).boundingBox())!;
  expect(next.height).toBeGreaterThanOrEqual(44);
  expect(next.width).toBeGreaterThan(300);
  await page.getByLabel('Name', { exact: true }).fill('Emma Smith');
  await page.getByLabel('Email address').fill('emma@example.com');
  await page.getByRole('button', { name: 'Confirm appointment' }).click();
  await page.getByRole('heading', { name: 'Your appointment is booked' }).waitFor();
  await page.getByText('We sent a confirmation to emma@example.com.').waitFor();
  await shot(page, 'phone-done');
  expect(await page.locator('html').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const appointment = await db().appointment.findFirstOrThrow({ where: { serviceId: world.serviceId } });
  expect(appointment.language).toBe('en');
  expect(appointment.startsAt.toISOString()).toBe(new Date(at(world.day, '09:45')).toISOString());
  expect(problems).toEqual([]);
  await page.close();
});
