import type { Server } from 'node:http';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { db } from '../../src/db';
import { createDevice } from '../../src/guidance/devices';
import { clock } from '../../src/shared/clock';
import { counters, type CounterWorld } from '../appointments/world';
import { expectAccessible } from '../support/console';
import { onTeardown } from '../support/teardown';
import { contrast, launchChromium, listen, makeAppointment, portOf, stop, watchProblems } from './support';

// page.evaluate callbacks run in the browser; the project compiles without the DOM library, so its globals are declared here
declare const window: any, document: any, sessionStorage: any, getComputedStyle: any;
type Element = any;

// A visitor at the check-in kiosk in a real Chromium: the shell from /kiosk, its script on /api/kiosk/*.
let browser: Browser;
let base: string;
let world: CounterWorld;
let token: string;
const realNow = clock.now;

beforeAll(async () => {
  world = await counters(3);
  token = (await createDevice({ name: 'Zuil inkom', kind: 'kiosk', locationId: world.locationId })).token;
  const server: Server = await listen();
  base = `http://127.0.0.1:${portOf(server)}`;
  browser = await launchChromium();
  onTeardown(() => stop(server));
  onTeardown(() => browser.close());
}, 60000);

afterEach(() => {
  clock.now = realNow;
});

async function openKiosk(
  query: string,
  viewport = { width: 1280, height: 1024 },
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ locale: 'nl-BE', viewport, hasTouch: true });
  page.setDefaultTimeout(15000);
  const problems = watchProblems(page);
  await page.goto(`${base}/kiosk${query}`);
  return { page, problems };
}

const at = (minutes: number) => new Date(Date.now() + minutes * 60_000);
const brusselsTime = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/Brussels' }).toFormat('HH:mm');
/** "vrijdag 4 december", "Friday 4 December", "vendredi 4 décembre" */
const brusselsDate = (d: Date, locale: string) =>
  DateTime.fromJSDate(d, { zone: 'Europe/Brussels' }).setLocale(locale).toFormat('cccc d MMMM');
const sameBrusselsDay = (a: Date, b: Date) =>
  DateTime.fromJSDate(a, { zone: 'Europe/Brussels' }).hasSame(
    DateTime.fromJSDate(b, { zone: 'Europe/Brussels' }),
    'day',
  );
/** Brussels wall-clock `time` on the day `days` from today there. */
const brusselsDayAt = (days: number, time: string) => {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.now()
    .setZone('Europe/Brussels')
    .plus({ days })
    .set({ hour, minute, second: 0, millisecond: 0 })
    .toJSDate();
};

test('with an appointment: Dutch, the code tapped on the keypad, a queue number, a Visit, and a ticket to print', async () => {
  const appointment = await makeAppointment(world, world.deskIds[0], at(10), 'KX7M4P');
  const { page, problems } = await openKiosk(`?device=${token}`);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });

  // the token moved from the address into sessionStorage
  // "Welkom", and the location's own name (from the data) in the bar next to the town
  await page.getByRole('heading', { name: 'Welkom', exact: true }).waitFor();
  const location = await db().location.findUniqueOrThrow({ where: { id: world.locationId } });
  await page.waitForFunction((name) => document.querySelector('#location')?.textContent === name, location.name);
  await expect(page.locator('.bar').innerText()).resolves.toMatch(
    new RegExp(`^Gemeente Testdorp\\s+${location.name}$`),
  );
  expect(page.url()).toBe(`${base}/kiosk`);
  await expect(page.evaluate(() => sessionStorage.getItem('voordeur.kiosk.device'))).resolves.toBe(token);
  // no walk-in hours at this location: the visitor reads how to book instead
  await expect(page.getByRole('button', { name: 'Zonder afspraak' }).isHidden()).resolves.toBe(true);
  await page.getByText('Er zijn nu geen uren zonder afspraak.').waitFor();
  await page.getByText('Maak een afspraak op voordeur.test/afspraak of bel 050 00 00 99.', { exact: false }).waitFor();
  await page.screenshot({
    path: path.join(process.env.DEVICES_SCREENSHOTS ?? process.env.STORAGE_DIR!, 'kiosk-welcome.png'),
  });
  await expectAccessible(page, 'kiosk: welcome', { strictCsp: true });

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'I have an appointment' }).waitFor();
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en-GB');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).resolves.toBe('true');
  await page.getByRole('button', { name: 'Ik heb een afspraak' }).click();

  const input = page.getByLabel('Afspraakcode', { exact: true });
  await page.getByRole('heading', { name: 'Geef uw afspraakcode in' }).waitFor();
  await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  // a mistake, corrected with the backspace key
  await page.locator('.keypad [data-key="Z"]').tap();
  await page.getByRole('button', { name: 'Laatste teken wissen' }).tap();
  for (const c of 'KX7M4P') await page.locator(`.keypad [data-key="${c}"]`).tap();
  await expect(input.inputValue()).resolves.toBe('KX7M4P');
  // the keys do not take the focus: a scanner's keystrokes still land in the code
  await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await page.screenshot({
    path: path.join(process.env.DEVICES_SCREENSHOTS ?? process.env.STORAGE_DIR!, 'kiosk-code.png'),
  });
  await expectAccessible(page, 'kiosk: the code', { strictCsp: true });
  await page.getByRole('button', { name: 'Aanmelden' }).tap();

  const number = page.getByTestId('kiosk-number');
  await number.waitFor();
  const shown = (await number.textContent())!.trim();
  expect(shown).toMatch(/^A\d{3}$/);
  await page.getByText('U bent nummer 1 in de rij.').waitFor();
  await page.getByText(`Uw afspraak is om ${brusselsTime(appointment.startsAt)}.`).waitFor();
  await expect(page.locator('#result-service').textContent()).resolves.toBe('Identiteitskaart');
  const visit = await db().visit.findUniqueOrThrow({ where: { appointmentId: appointment.id } });
  expect(visit).toMatchObject({
    number: shown,
    status: 'waiting',
    walkIn: false,
    language: 'nl',
    locationId: world.locationId,
  });
  await expect(db().appointment.findUniqueOrThrow({ where: { id: appointment.id } })).resolves.toMatchObject({
    status: 'checked_in',
  });

  // the number is huge, the buttons big
  const size = await number.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(150);
  await page.screenshot({
    path: path.join(process.env.DEVICES_SCREENSHOTS ?? process.env.STORAGE_DIR!, 'kiosk-result.png'),
  });
  await expectAccessible(page, 'kiosk: the number', { strictCsp: true });

  await page.getByRole('button', { name: 'Ticket afdrukken' }).tap();
  await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);
  // printed: only the ticket, with the town, the number, the product and the time
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#main').isHidden()).resolves.toBe(true);
  await expect(page.locator('.bar').isHidden()).resolves.toBe(true);
  const ticket = page.locator('#ticket');
  await expect(ticket.isVisible()).resolves.toBe(true);
  const text = (await ticket.innerText()).replace(/\s+/g, ' ');
  expect(text).toContain('Gemeente Testdorp');
  expect(text).toContain(shown);
  expect(text).toContain('Identiteitskaart');
  expect(text).toContain(
    `Aangemeld op ${DateTime.fromJSDate(visit.checkedInAt, { zone: 'Europe/Brussels' }).setLocale('nl-BE').toFormat('d MMMM yyyy')}`,
  );
  expect(text).toMatch(/om \d{2}:\d{2}|\d{2}:\d{2}/);
  await page.emulateMedia({ media: 'screen' });

  // a second check-in with the same code gives the same number
  await page.getByRole('button', { name: 'Klaar' }).tap();
  await page.getByRole('button', { name: 'Ik heb een afspraak' }).tap();
  await page.keyboard.type('kx7m4p');
  await expect(input.inputValue()).resolves.toBe('KX7M4P');
  await page.keyboard.press('Enter');
  await expect(number.textContent()).resolves.toBe(shown);
  expect(await db().visit.count({ where: { appointmentId: appointment.id } })).toBe(1);
  expect(problems).toEqual([]);
  await page.close();
}, 90000);

test('keyboard only: Tab to "Ik heb een afspraak", Enter, the code typed, Enter: a number, with the focus always visible', async () => {
  const appointment = await makeAppointment(world, world.deskIds[1], at(10), 'KB4TAB');
  const { page, problems } = await openKiosk(`?device=${token}`);
  await page.getByRole('heading', { name: 'Welkom', exact: true }).waitFor();
  /** the focused element's name and whether its focus can be seen (an outline or a shadow) */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const seen = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { name: (el.getAttribute('aria-label') || el.textContent || '').trim(), seen };
    });
  let stop = await focused();
  for (let i = 0; i < 15 && stop.name !== 'Ik heb een afspraak'; i++) {
    await page.keyboard.press('Tab');
    stop = await focused();
    if (stop.name) expect({ name: stop.name, seen: stop.seen }).toEqual({ name: stop.name, seen: true });
  }
  expect(stop.name).toBe('Ik heb een afspraak');
  await page.keyboard.press('Enter');
  const input = page.getByLabel('Afspraakcode', { exact: true });
  await page.getByRole('heading', { name: 'Geef uw afspraakcode in' }).waitFor();
  await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await page.keyboard.type('kb4tab');
  await page.keyboard.press('Enter');
  const number = page.getByTestId('kiosk-number');
  await number.waitFor();
  expect((await number.textContent())!.trim()).toMatch(/^A\d{3}$/);
  await expect(db().visit.findUniqueOrThrow({ where: { appointmentId: appointment.id } })).resolves.toMatchObject({
    status: 'waiting',
  });
  expect(problems).toEqual([]);
  await page.close();
}, 90000);

test('large type, big buttons and enough contrast', async () => {
  const { page, problems } = await openKiosk(`?device=${token}`);
  await page.getByRole('button', { name: 'Ik heb een afspraak' }).waitFor();
  const look = async () =>
    page.evaluate(() => {
      const style = (el: Element) => getComputedStyle(el);
      const visible = [...document.querySelectorAll('button')].filter((b) => b.getBoundingClientRect().height > 0);
      return {
        body: parseFloat(style(document.body).fontSize),
        smallestText: Math.min(
          ...[...document.querySelectorAll('#main p, #main span, #main label, #main button')]
            .filter((e) => e.getBoundingClientRect().height > 0 && e.textContent!.trim())
            .map((e) => parseFloat(style(e).fontSize)),
        ),
        lowestButton: Math.min(...visible.map((b) => b.getBoundingClientRect().height)),
        pairs: visible
          .map((b) => [style(b).color, style(b).backgroundColor])
          .concat([[style(document.body).color, style(document.body).backgroundColor]]),
      };
    });
  const welcome = await look();
  expect(welcome.body).toBeGreaterThanOrEqual(28);
  expect(welcome.smallestText).toBeGreaterThanOrEqual(28);
  expect(welcome.lowestButton).toBeGreaterThanOrEqual(64);
  for (const [fg, bg] of welcome.pairs) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);

  await page.getByRole('button', { name: 'Ik heb een afspraak' }).click();
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByText('Geef de code van 6 tekens in.').waitFor();
  const code = await look();
  expect(code.lowestButton).toBeGreaterThanOrEqual(64);
  for (const [fg, bg] of code.pairs) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  const error = await page
    .locator('#code-error')
    .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
  expect(contrast(error[0], error[1])).toBeGreaterThanOrEqual(4.5);
  // the keypad fits next to the code on a landscape screen
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  expect(problems).toEqual([]);
  await page.close();
}, 60000);

test('refusals in plain words in the chosen language: unknown code (scanned), too early with the time, too late, cancelled', async () => {
  const early = await makeAppointment(world, world.deskIds[1], at(45), 'EARLY2');
  await makeAppointment(world, world.deskIds[2], at(-60), 'LATE23');
  const cancelled = await makeAppointment(world, world.deskIds[2], at(5), 'GONE45');
  await db().appointment.update({
    where: { id: cancelled.id },
    data: { status: 'cancelled', cancelledAt: new Date() },
  });
  const { page, problems } = await openKiosk(`?device=${token}`);
  await page.getByRole('button', { name: 'English' }).click();
  // a scanner on the welcome screen: it types the code and presses Enter
  await page.getByRole('button', { name: 'I have an appointment' }).waitFor();
  await page.keyboard.type('ZZZZZZ');
  await page.keyboard.press('Enter');
  await page
    .getByRole('alert')
    .getByText(
      'We do not know this code here. Please check the code in your confirmation (email or text message) and enter it again, or ask at the reception desk.',
    )
    .waitFor();
  // the next scan replaces the wrong code
  await page.keyboard.type('EARLY2');
  await expect(page.getByLabel('Appointment code', { exact: true }).inputValue()).resolves.toBe('EARLY2');
  await page.keyboard.press('Enter');
  const from = brusselsTime(new Date(early.startsAt.getTime() - 30 * 60_000));
  const time = brusselsTime(early.startsAt);
  // in the last hour before midnight "in 45 minutes" is tomorrow
  await page
    .getByText(
      sameBrusselsDay(early.startsAt, new Date())
        ? `You are early. Your appointment is today at ${time}. You can check in from ${from}.`
        : `You are early. Your appointment is tomorrow, ${brusselsDate(early.startsAt, 'en-GB')}, at ${time}. You can check in from ${from}.`,
    )
    .waitFor();

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('button', { name: 'J’ai un rendez-vous' }).click();
  await page.keyboard.type('LATE23\n');
  await page.getByText('Vous êtes en retard pour ce rendez-vous.', { exact: false }).waitFor();
  await page.getByLabel('Code de rendez-vous', { exact: true }).fill('');
  await page.keyboard.type('GONE45\n');
  await page.getByText('Ce rendez-vous a été annulé. Adressez-vous à l’accueil.').waitFor();
  // the French visitor's language went along to the server
  await page.getByRole('button', { name: 'Retour' }).click();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'Ik heb een afspraak' }).click();
  await page.keyboard.type('EARLY2\n');
  await page
    .getByText(
      sameBrusselsDay(early.startsAt, new Date())
        ? `U bent te vroeg. Uw afspraak is vandaag om ${time}. U kunt zich aanmelden vanaf ${from}.`
        : `U bent te vroeg. Uw afspraak is morgen, ${brusselsDate(early.startsAt, 'nl-BE')}, om ${time}. U kunt zich aanmelden vanaf ${from}.`,
    )
    .waitFor();
  expect(await db().visit.count({ where: { appointmentId: { in: [early.id, cancelled.id] } } })).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
}, 60000);

test('too early by a day or more: the kiosk says tomorrow or the date, the time and from when, in Dutch, English and French', async () => {
  const tomorrow = await makeAppointment(world, world.deskIds[0], brusselsDayAt(1, '09:10'), 'MRGN23');
  const later = await makeAppointment(world, world.deskIds[1], brusselsDayAt(3, '14:00'), 'LATR45');
  const { page, problems } = await openKiosk(`?device=${token}`);
  await page.getByRole('button', { name: 'Ik heb een afspraak' }).click();
  await page.keyboard.type('MRGN23\n');
  const nlDate = brusselsDate(tomorrow.startsAt, 'nl-BE');
  // "Uw afspraak is morgen, vrijdag 4 december, om 09:10. U kunt zich aanmelden vanaf 08:40."
  await page
    .getByRole('alert')
    .getByText(`U bent te vroeg. Uw afspraak is morgen, ${nlDate}, om 09:10. U kunt zich aanmelden vanaf 08:40.`)
    .waitFor();
  await expectAccessible(page, 'kiosk: too early (nl)', { strictCsp: true });
  await page.getByLabel('Afspraakcode', { exact: true }).fill('');
  await page.keyboard.type('LATR45\n');
  await page
    .getByText(
      `U bent te vroeg. Uw afspraak is op ${brusselsDate(later.startsAt, 'nl-BE')} om 14:00. U kunt zich die dag aanmelden vanaf 13:30.`,
    )
    .waitFor();

  await page.getByRole('button', { name: 'Terug' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'I have an appointment' }).click();
  await page.keyboard.type('MRGN23\n');
  await page
    .getByText(
      `You are early. Your appointment is tomorrow, ${brusselsDate(tomorrow.startsAt, 'en-GB')}, at 09:10. You can check in from 08:40.`,
    )
    .waitFor();
  await page.getByLabel('Appointment code', { exact: true }).fill('');
  await page.keyboard.type('LATR45\n');
  await page
    .getByText(
      `You are early. Your appointment is on ${brusselsDate(later.startsAt, 'en-GB')} at 14:00. You can check in from 13:30 that day.`,
    )
    .waitFor();

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('button', { name: 'J’ai un rendez-vous' }).click();
  await page.keyboard.type('MRGN23\n');
  await page
    .getByText(
      `Vous êtes en avance. Votre rendez-vous est demain, ${brusselsDate(tomorrow.startsAt, 'fr-BE')}, à 09:10. Vous pouvez vous enregistrer à partir de 08:40.`,
    )
    .waitFor();
  await page.getByLabel('Code de rendez-vous', { exact: true }).fill('');
  await page.keyboard.type('LATR45\n');
  await page
    .getByText(
      `Vous êtes en avance. Votre rendez-vous est le ${brusselsDate(later.startsAt, 'fr-BE')} à 14:00. Vous pouvez vous enregistrer ce jour-là à partir de 13:30.`,
    )
    .waitFor();
  // an unknown code in French: what to do next
  await page.getByLabel('Code de rendez-vous', { exact: true }).fill('');
  await page.keyboard.type('QQQQQQ\n');
  await page
    .getByText(
      'Nous ne connaissons pas ce code ici. Vérifiez le code dans votre confirmation (e-mail ou SMS) et entrez-le à nouveau, ou adressez-vous à l’accueil.',
    )
    .waitFor();
  await page.screenshot({
    path: path.join(process.env.DEVICES_SCREENSHOTS ?? process.env.STORAGE_DIR!, 'kiosk-unknown-code-fr.png'),
  });
  expect(await db().visit.count({ where: { appointmentId: { in: [tomorrow.id, later.id] } } })).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
}, 60000);

test('without appointment during walk-in hours: the products as big buttons, a number; after the hours: closed', async () => {
  // a Tuesday morning, in the walk-in hours of this location
  await db().deskHours.create({
    data: { locationId: world.locationId, weekday: 2, opens: '09:00', closes: '12:00', kind: 'walk_in' },
  });
  clock.now = () => new Date('2026-11-24T10:00:00+01:00');
  const { page, problems } = await openKiosk(`?device=${token}&lang=fr`);
  // a wrong code while numbers without appointment are handed out: that is one way on
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'Ik heb een afspraak' }).click();
  await page.keyboard.type('ZZZZZZ\n');
  await page
    .getByRole('alert')
    .getByText(
      'We kennen deze code hier niet. Kijk de code na in uw bevestiging (e-mail of sms) en geef ze opnieuw in, neem een nummer zonder afspraak, of vraag het aan het onthaal.',
    )
    .waitFor();
  await expectAccessible(page, 'kiosk: unknown code (nl)', { strictCsp: true });
  await page.getByRole('button', { name: 'Terug' }).click();
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('button', { name: 'Sans rendez-vous' }).click();
  await page.getByRole('heading', { name: 'Pour quel service venez-vous ?' }).waitFor();
  const product = page.getByRole('button', { name: /Identiteitskaart/ });
  await expect(product.textContent()).resolves.toContain(
    'À apporter : Uw huidige identiteitskaart, Een recente pasfoto',
  );
  await product.click();
  const number = page.getByTestId('kiosk-number');
  await number.waitFor();
  expect((await number.textContent())!).toMatch(/^A\d{3}$/);
  const visit = await db().visit.findFirstOrThrow({
    where: { number: (await number.textContent())!, locationId: world.locationId },
  });
  expect(visit).toMatchObject({ walkIn: true, serviceId: world.serviceId, language: 'nl' });
  // whoever checked in earlier in this file waits before them
  const before = await db().visit.count({
    where: { locationId: world.locationId, status: 'waiting', checkedInAt: { lt: visit.checkedInAt } },
  });
  await page.getByText(`Vous êtes numéro ${before + 1} dans la file.`).waitFor();

  // the hours end while a visitor stands at the kiosk
  await page.getByRole('button', { name: 'Terminé' }).click();
  await page.getByRole('button', { name: 'Sans rendez-vous' }).click();
  clock.now = () => new Date('2026-11-24T12:30:00+01:00');
  await page.getByRole('button', { name: /Identiteitskaart/ }).click();
  await page
    .getByText(
      'Il n’y a pas de permanence sans rendez-vous pour le moment. Sans rendez-vous aujourd’hui : 09:00–12:00. Prenez rendez-vous sur voordeur.test/afspraak',
      { exact: false },
    )
    .waitFor();
  // back at the start, the kiosk says so instead of offering the button
  await page.getByRole('button', { name: 'Retour' }).click();
  await page.getByText('Il n’y a pas de permanence sans rendez-vous pour le moment.', { exact: true }).waitFor();
  // with today's hours, so the visitor knows when to come back
  await page.getByText('Sans rendez-vous aujourd’hui : 09:00–12:00.', { exact: true }).waitFor();
  await expect(page.getByRole('button', { name: 'Sans rendez-vous' }).isHidden()).resolves.toBe(true);
  expect(problems).toEqual([]);
  await page.close();
}, 60000);

test('after 20 seconds without a touch the number disappears and the kiosk starts over in its own language', async () => {
  await db().deskHours.create({
    data: { locationId: world.locationId, weekday: 3, opens: '09:00', closes: '12:00', kind: 'walk_in' },
  });
  clock.now = () => new Date('2026-11-25T10:00:00+01:00');
  const page = await browser.newPage({ viewport: { width: 1280, height: 1024 } });
  const problems = watchProblems(page);
  await page.clock.install();
  await page.goto(`${base}/kiosk?device=${token}`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Without an appointment' }).click();
  await page.getByRole('button', { name: /Identity card/ }).click();
  await page.getByTestId('kiosk-number').waitFor();
  await page.clock.runFor(15000);
  await expect(page.getByTestId('kiosk-number').isVisible()).resolves.toBe(true);
  await page.clock.runFor(6000);
  await page.getByRole('button', { name: 'Ik heb een afspraak' }).waitFor();
  await expect(page.getByTestId('kiosk-number').isHidden()).resolves.toBe(true);
  expect(problems).toEqual([]);
  await page.close();
}, 60000);

test('a missing, unknown or revoked token: "Dit toestel is niet ingesteld", full screen', async () => {
  const revoked = await createDevice({ name: 'Oude zuil', kind: 'kiosk', locationId: world.locationId });
  await db().device.update({ where: { id: revoked.device.id }, data: { revokedAt: new Date() } });
  const screen = await createDevice({ name: 'Scherm', kind: 'screen', locationId: world.locationId });
  for (const query of [
    '',
    '?device=nonsense-token-that-nobody-was-given',
    `?device=${revoked.token}`,
    `?device=${screen.token}`,
  ]) {
    const { page, problems } = await openKiosk(query);
    await page.getByRole('heading', { name: 'Dit toestel is niet ingesteld' }).waitFor();
    await page.getByRole('heading', { name: 'This device is not set up' }).waitFor();
    await page.getByRole('heading', { name: 'Cet appareil n’est pas configuré' }).waitFor();
    await expect(page.getByRole('button', { name: 'Ik heb een afspraak' }).isHidden()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }
}, 60000);
