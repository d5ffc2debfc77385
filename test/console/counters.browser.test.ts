import { DateTime } from 'luxon';
import { db } from '../../src/db';
import { makeDepartment, makeUser } from '../support/factories';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { eventually } from '../support/wait';
import { counters, type CounterWorld } from '../appointments/world';

// Setting up the counters (Producten, Locaties en loketten with desks and hours, Sluitingen en afwezigheden) as an
// administrator, and the reception's Wachtzaal.
let harness: ConsoleHarness;
let world: CounterWorld;

beforeAll(async () => {
  harness = await startConsole();
  world = await counters(2);
}, 60000);

test('an administrator adds a product in Producten, reads it and changes its duration', async () => {
  const page = await signIn(harness, await makeUser('admin', [], 'Ann Admin'));
  await page.getByRole('menuitem', { name: 'Producten' }).click();
  await page.getByRole('cell', { name: 'Identiteitskaart' }).waitFor();
  await expectAccessible(page, 'Producten');

  await page.getByRole('link', { name: 'Nieuw' }).click();
  await page.getByRole('textbox', { name: 'Code' }).fill('rijbewijs');
  await page.getByRole('textbox', { name: 'Naam (Nederlands)' }).fill('Rijbewijs');
  await page.getByRole('textbox', { name: 'Naam (Engels)' }).fill('Driving licence');
  await page.getByRole('spinbutton', { name: 'Duur (minuten)' }).fill('20');
  await expectAccessible(page, 'Product aanmaken');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('cell', { name: 'Rijbewijs', exact: true }).waitFor();
  const product = await db().service.findUniqueOrThrow({ where: { code: 'rijbewijs' } });
  expect(product).toMatchObject({ nameNl: 'Rijbewijs', nameEn: 'Driving licence', durationMinutes: 20, active: true });

  await page.goto(`${harness.base}/admin/#/services/${product.id}/show`);
  await page.getByText('Driving licence').waitFor();
  await expectAccessible(page, 'Product');
  await page.goto(`${harness.base}/admin/#/services/${product.id}`);
  const duration = page.getByRole('spinbutton', { name: 'Duur (minuten)' });
  await duration.fill('25');
  await expectAccessible(page, 'Product bewerken');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await eventually(
    async () =>
      (await db().service.findUniqueOrThrow({ where: { id: product.id } })).durationMinutes === 25 || undefined,
    10000,
    'the new duration',
  );
}, 120000);

test('an administrator adds a location, a desk to the town hall and Saturday morning hours', async () => {
  const page = await signIn(harness, await makeUser('admin', [], 'Bart Admin'));
  await page.getByRole('menuitem', { name: 'Locaties en loketten' }).click();
  const location = await db().location.findUniqueOrThrow({ where: { id: world.locationId } });
  await page.getByRole('cell', { name: location.name }).waitFor();
  await expectAccessible(page, 'Locaties en loketten');

  await page.getByRole('link', { name: 'Nieuw' }).click();
  await page.getByRole('textbox', { name: 'Naam' }).fill('Bibliotheek');
  await page.getByRole('textbox', { name: 'Adres' }).fill('Stationsstraat 3, 8500 Kortrijk');
  await expectAccessible(page, 'Locatie aanmaken');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByTestId('location-hours').waitFor();
  expect(await db().location.findUnique({ where: { name: 'Bibliotheek' } })).toMatchObject({
    address: 'Stationsstraat 3, 8500 Kortrijk',
    active: true,
  });

  // the town hall: its desks and its week
  await page.goto(`${harness.base}/admin/#/locations/${location.id}`);
  const desks = page.getByTestId('location-desks');
  await desks.getByRole('cell', { name: 'Loket 2' }).waitFor();
  const hours = page.getByTestId('location-hours');
  await hours.getByRole('button', { name: 'Zaterdag: Blok toevoegen' }).click();
  await hours.getByRole('textbox', { name: 'Zaterdag 1: Tot' }).fill('11:30');
  await expectAccessible(page, 'Locatie bewerken (uren gewijzigd)');
  await hours.getByTestId('save-hours').click();
  const saturday = await eventually(
    () => db().deskHours.findFirst({ where: { locationId: location.id, weekday: 6 } }),
    10000,
    'Saturday stored',
  );
  expect(saturday).toMatchObject({ opens: '09:00', closes: '11:30', deskId: null, kind: 'appointments' });

  await desks.getByRole('link', { name: 'Loket toevoegen' }).click();
  // the form comes with the location filled in (the name typed before that would be lost)
  await page.getByRole('combobox', { name: 'Locatie' }).filter({ hasText: location.name }).waitFor();
  await page.getByRole('textbox', { name: 'Naam' }).fill('Loket 3');
  await expectAccessible(page, 'Loket aanmaken');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByTestId('location-desks').getByRole('cell', { name: 'Loket 3' }).waitFor();
  expect(await db().desk.findFirst({ where: { locationId: location.id, name: 'Loket 3' } })).toMatchObject({
    active: true,
  });
  await page.getByTestId('location-desks').getByRole('cell', { name: 'Loket 3' }).click();
  await page.getByRole('textbox', { name: 'Naam' }).waitFor();
  await expectAccessible(page, 'Loket bewerken');
}, 120000);

test('an administrator records that desk 1 is unstaffed on an afternoon, in Sluitingen en afwezigheden', async () => {
  const page = await signIn(harness, await makeUser('admin', [], 'Carl Admin'));
  await page.getByRole('menuitem', { name: 'Sluitingen en afwezigheden' }).click();
  await page.getByRole('link', { name: 'Nieuw' }).first().waitFor();
  await expectAccessible(page, 'Sluitingen en afwezigheden (leeg)');
  await page.getByRole('link', { name: 'Nieuw' }).first().click();

  const location = await db().location.findUniqueOrThrow({ where: { id: world.locationId } });
  await page.getByRole('combobox', { name: 'Locatie' }).click();
  await page.getByRole('option', { name: location.name }).click();
  await page.getByRole('combobox', { name: 'Loket' }).click();
  await page.getByRole('option', { name: 'Loket 1' }).click();
  await page.getByLabel(/^Van/).fill(`${world.day}T09:00`);
  await page.getByLabel(/^Tot/).fill(`${world.day}T12:00`);
  await page.getByRole('textbox', { name: 'Reden' }).fill('Opleiding');
  await expectAccessible(page, 'Sluiting aanmaken');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('cell', { name: 'Opleiding' }).waitFor();
  await expectAccessible(page, 'Sluitingen en afwezigheden');
  await page.getByRole('cell', { name: 'Opleiding' }).click();
  await page.getByRole('textbox', { name: 'Reden' }).waitFor();
  await expectAccessible(page, 'Sluiting bewerken');

  const closure = await db().deskClosure.findFirstOrThrow({ where: { reason: 'Opleiding' } });
  expect(closure.deskId).toBe(world.deskIds[0]);
  expect(DateTime.fromJSDate(closure.startsAt, { zone: 'Europe/Brussels' }).toISO()).toBe(
    DateTime.fromISO(`${world.day}T09:00`, { zone: 'Europe/Brussels' }).toISO(),
  );
  expect(closure.endsAt.getTime() - closure.startsAt.getTime()).toBe(3 * 3600_000);
}, 120000);

test('the reception sees who waits, who is called and who is at a desk in Wachtzaal', async () => {
  const { today } = await import('../../src/guidance/lifecycle');
  const day = new Date(`${today()}T00:00:00Z`);
  const base = { locationId: world.locationId, serviceId: world.serviceId, day, walkIn: true, dueAt: new Date() };
  await db().visit.create({
    data: {
      ...base,
      number: 'A001',
      status: 'serving',
      deskId: world.deskIds[0],
      checkedInAt: new Date(Date.now() - 30 * 60_000),
      calledAt: new Date(Date.now() - 10 * 60_000),
      servedAt: new Date(Date.now() - 9 * 60_000),
    },
  });
  await db().visit.create({
    data: {
      ...base,
      number: 'A002',
      status: 'called',
      deskId: world.deskIds[1],
      checkedInAt: new Date(Date.now() - 20 * 60_000),
      calledAt: new Date(),
    },
  });
  await db().visit.create({ data: { ...base, number: 'A003', checkedInAt: new Date(Date.now() - 5 * 60_000) } });
  const page = await signIn(harness, await makeUser('staff', [(await makeDepartment()).id], 'Els Wouters'));
  await page.getByRole('menuitem', { name: 'Wachtzaal' }).click();
  const location = await db().location.findUniqueOrThrow({ where: { id: world.locationId } });
  await page.getByRole('combobox', { name: 'Locatie' }).click();
  await page.getByRole('option', { name: location.name }).click();
  const table = page.getByTestId('floor-table');
  await table.locator('[data-number="A003"]').waitFor();
  expect(await page.getByTestId('floor-waiting').textContent()).toBe('1');
  expect(await page.getByTestId('floor-called').textContent()).toBe('1');
  expect(await page.getByTestId('floor-serving').textContent()).toBe('1');
  expect(await table.locator('[data-number="A002"]').textContent()).toContain('Loket 2');
  await expectAccessible(page, 'Wachtzaal');

  // staff read the counters' set-up: the location with its desks and hours, without changing it
  await page.goto(`${harness.base}/admin/#/locations/${world.locationId}/show`);
  await page.getByTestId('location-desks').getByRole('cell', { name: 'Loket 1' }).waitFor();
  await page.getByTestId('location-hours').getByRole('region', { name: 'Maandag' }).waitFor();
  expect(await page.getByTestId('save-hours').count()).toBe(0);
  await expectAccessible(page, 'Locatie (alleen lezen)');
}, 120000);
