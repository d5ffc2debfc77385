import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { book } from '../../src/appointments/booking';
import { db } from '../../src/db';
import { clock } from '../../src/shared/clock';
import { makeDepartment, makeTicket, makeUser } from '../support/factories';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { eventually } from '../support/wait';
import { at, counters, type CounterWorld } from '../appointments/world';

// Afspraken (list, show, move, cancel), the booking dialog from a ticket, and Dagplanning (a walk-in), at a town
// hall with two desks open on weekday mornings.
let harness: ConsoleHarness;
let world: CounterWorld;

beforeAll(async () => {
  harness = await startConsole();
  world = await counters(2);
}, 60000);

const brussels = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/Brussels' });

/** Chooses the first free time the slot picker offers (other than `not`), and returns its "HH:mm". */
async function pickTime(page: Page, not?: string): Promise<string> {
  const times = page.getByTestId('slot-times').getByRole('button');
  await times.first().waitFor();
  for (const button of await times.all()) {
    const text = (await button.textContent())!.trim();
    if (text !== not) {
      await button.click();
      return text;
    }
  }
  throw new Error('no other free time');
}

test('an agent opens an appointment from Afspraken, moves it to another free time and then cancels it', async () => {
  const { appointment } = await book({
    serviceId: world.serviceId,
    start: new Date(at(world.day, '09:30')),
    name: 'Jan Peeters',
    email: 'jan.peeters@example.be',
    language: 'nl',
    channel: 'phone',
  });
  const page = await signIn(harness, await makeUser('agent', [], 'Sofie Peeters'));

  await page.getByRole('group', { name: 'Afspraken' }).getByRole('menuitem', { name: 'Afspraken' }).click();
  await page.getByRole('cell', { name: 'Jan Peeters' }).waitFor();
  await expectAccessible(page, 'Afspraken');
  await page.getByRole('cell', { name: 'Jan Peeters' }).click();
  await page.getByText(appointment.code).first().waitFor();
  await expectAccessible(page, 'Afspraak');

  await page.getByTestId('move-appointment').click();
  const dialog = page.getByRole('dialog');
  const chosen = await pickTime(page, '09:30');
  await expectAccessible(page, 'Afspraak verplaatsen (tijdstip gekozen)');
  const day = await dialog.getByRole('combobox', { name: 'Dag' }).textContent();
  await dialog.getByTestId('move-confirm').click();
  await dialog.waitFor({ state: 'detached' });
  const moved = await eventually(
    async () => {
      const a = await db().appointment.findUniqueOrThrow({ where: { id: appointment.id } });
      return a.startsAt.getTime() !== appointment.startsAt.getTime() ? a : undefined;
    },
    10000,
    'the appointment moved',
  );
  expect(brussels(moved.startsAt).toFormat('HH:mm')).toBe(chosen);
  expect(day).toContain(String(brussels(moved.startsAt).day));

  await page.getByTestId('cancel-appointment').click();
  await page.getByRole('dialog').waitFor();
  await expectAccessible(page, 'Afspraak annuleren (bevestigen)');
  await page.getByRole('dialog').getByRole('button', { name: 'Afspraak annuleren' }).click();
  await eventually(
    async () =>
      (await db().appointment.findUniqueOrThrow({ where: { id: appointment.id } })).status === 'cancelled' || undefined,
    10000,
    'cancelled',
  );
  await page.getByTestId('cancel-appointment').waitFor({ state: 'detached' });
}, 120000);

test('an agent books an appointment for the citizen of a ticket with "Afspraak maken"; it is linked to the ticket', async () => {
  const dept = await makeDepartment('Burgerzaken');
  const ticket = await makeTicket({
    departmentId: dept.id,
    subject: 'Nieuwe identiteitskaart nodig',
    name: 'Marie Janssens',
    email: 'marie.janssens@example.be',
  });
  const page = await signIn(harness, await makeUser('agent', [dept.id], 'Jan Claes'));
  await page.goto(`${harness.base}/admin/#/tickets/${ticket.id}/show`);

  await page.getByTestId('book-appointment').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Product' }).click();
  await page.getByRole('option', { name: 'Identiteitskaart' }).click();
  await expectAccessible(page, 'Afspraak maken (product gekozen)');
  const chosen = await pickTime(page);
  // the citizen of the ticket is filled in
  expect(await dialog.getByRole('textbox', { name: 'E-mailadres' }).inputValue()).toBe('marie.janssens@example.be');
  await expectAccessible(page, 'Afspraak maken (tijdstip gekozen)');
  await dialog.getByTestId('booking-submit').click();
  await dialog.waitFor({ state: 'detached' });

  const booked = await eventually(
    () => db().appointment.findFirst({ where: { ticketId: ticket.id } }),
    10000,
    'the booking',
  );
  expect(booked).toMatchObject({ serviceId: world.serviceId, email: 'marie.janssens@example.be', status: 'booked' });
  expect(brussels(booked.startsAt).toFormat('HH:mm')).toBe(chosen);
}, 120000);

test('a clerk reads a day per desk on Dagplanning and registers a visitor without appointment at desk 2', async () => {
  const { appointment } = await book({
    serviceId: world.serviceId,
    start: new Date(at(world.day, '10:00')),
    name: 'Piet Pieters',
    phone: '+32470111222',
    language: 'nl',
    channel: 'phone',
  });
  const clerk = await makeUser('staff', [await makeDepartment().then((d) => d.id)], 'Els Wouters');
  const page = await signIn(harness, clerk);
  await page.getByRole('menuitem', { name: 'Dagplanning' }).click();
  const location = await db().location.findUniqueOrThrow({ where: { id: world.locationId } });
  await page.getByTestId('planning-board').waitFor();
  // today: register a walk-in at desk 2, inside its hours (the desks' hours are judged on the clock)
  const realNow = clock.now;
  clock.now = () => new Date(at(world.day, '10:00'));
  const desk2 = page.getByRole('region', { name: 'Loket 2' });
  await desk2.getByTestId('walk-in').click();
  const dialog = page.getByRole('dialog');
  if (!(await dialog.getByTestId('walk-in-product').inputValue())) {
    await dialog.getByRole('combobox', { name: 'Product' }).click();
    await page.getByRole('option', { name: 'Identiteitskaart' }).click();
  }
  await dialog.getByRole('textbox', { name: 'Naam (niet verplicht)' }).fill('Karel Desmet');
  await expectAccessible(page, 'Dagplanning: zonder afspraak');
  await dialog.getByTestId('walk-in-submit').click();
  await dialog.waitFor({ state: 'detached' });
  clock.now = realNow;
  const walkIn = await eventually(
    () => db().appointment.findFirst({ where: { name: 'Karel Desmet' } }),
    10000,
    'the walk-in',
  );
  expect(walkIn).toMatchObject({
    channel: 'walk_in',
    deskId: world.deskIds[1],
    status: 'checked_in',
    locationId: location.id,
  });
  await desk2.locator(`[data-code="${walkIn.code}"]`).waitFor();
  await expectAccessible(page, 'Dagplanning (vandaag)');

  // the booked day: the appointment stands in its desk's column
  await page.getByTestId('planning-day').fill(world.day);
  await page.locator(`[data-code="${appointment.code}"]`).waitFor();
  const desk = await db().desk.findUniqueOrThrow({ where: { id: appointment.deskId } });
  await page.getByRole('region', { name: desk.name }).locator(`[data-code="${appointment.code}"]`).waitFor();
  await expectAccessible(page, 'Dagplanning (dag met afspraken)');
  await page.locator(`[data-code="${appointment.code}"]`).click();
  await page.waitForURL(new RegExp(`#/appointments/${appointment.id}/show`));
}, 120000);
