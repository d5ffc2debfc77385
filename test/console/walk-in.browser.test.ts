import type { Page } from 'playwright-core';
import { db } from '../../src/db';
import { clock } from '../../src/shared/clock';
import { today } from '../../src/guidance/lifecycle';
import { makeDepartment, makeUser } from '../support/factories';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { eventually } from '../support/wait';
import { at, counters, type CounterWorld } from '../appointments/world';

/**
 * The walk-in's journey through the console, at two computers: a clerk registers visitors without appointment in the
 * Dagplanning; at a second computer the Wachtzaal sees them wait and "Mijn loket" calls, serves and finishes them;
 * the next walk-in at that desk fits; outside the hours only with a reason; the reports count each of them once.
 * The desks are open 09:00–12:00 on weekdays; their hours are judged on the clock, set per step.
 */
let harness: ConsoleHarness;
let world: CounterWorld;
const realNow = clock.now;

beforeAll(async () => {
  harness = await startConsole();
  world = await counters(3);
}, 60000);
afterAll(() => {
  clock.now = realNow;
});

async function registerWalkIn(page: Page, desk: string, name: string) {
  await page.getByRole('region', { name: desk }).getByTestId('walk-in').click();
  const dialog = page.getByRole('dialog');
  // the desks serve one product: it is chosen already
  await dialog.getByRole('textbox', { name: 'Naam (niet verplicht)' }).fill(name);
  await dialog.getByTestId('walk-in-submit').click();
  return dialog;
}

const visitOf = (name: string) =>
  eventually(() => db().visit.findFirst({ where: { appointment: { name } } }), 10000, `the visit of ${name}`);

test('a walk-in registered in the Dagplanning waits in the Wachtzaal and the desk’s queue, is called and finished, and the next one fits', async () => {
  clock.now = () => new Date(at(world.day, '10:00'));
  const clerk = await signIn(harness, await makeUser('staff', [(await makeDepartment()).id], 'Els Wouters'));
  const desk = await signIn(harness, await makeUser('staff', [(await makeDepartment()).id], 'Jan Loket'));

  // the clerk, at the front: Dagplanning → Loket 1 → Zonder afspraak
  await clerk.getByRole('menuitem', { name: 'Dagplanning' }).click();
  await clerk.getByTestId('planning-board').waitFor();
  const dialog = await registerWalkIn(clerk, 'Loket 1', 'Karel Desmet');
  await dialog.waitFor({ state: 'detached' });
  const karel = await visitOf('Karel Desmet');
  expect(karel).toMatchObject({ status: 'waiting', walkIn: true, onlyDeskId: world.deskIds[0] });
  // the planning shows the visit, not only "Aangemeld": its number and that it waits
  const onPlanning = clerk.getByRole('region', { name: 'Loket 1' }).locator('[data-visit-status="waiting"]');
  await onPlanning.getByText(`Nummer ${karel.number}`).waitFor();
  await expectAccessible(clerk, 'Dagplanning: bezoeker zonder afspraak wacht');

  // the second computer: the Wachtzaal sees Karel waiting
  await desk.getByRole('menuitem', { name: 'Wachtzaal' }).click();
  await desk.locator(`[data-number="${karel.number}"] [data-status="waiting"]`).waitFor();
  await expectAccessible(desk, 'Wachtzaal: bezoeker zonder afspraak wacht');

  // … and Loket 1's queue; the desk calls, serves and finishes
  await desk.getByRole('menuitem', { name: 'Mijn loket' }).click();
  await desk.getByRole('combobox', { name: 'Loket' }).click();
  await desk.getByRole('option', { name: 'Loket 1' }).click();
  await desk.getByTestId('desk-queue').getByText(karel.number).waitFor();
  await expectAccessible(desk, 'Mijn loket: bezoeker zonder afspraak in de rij');
  await desk.getByTestId('call-next').click();
  await desk.getByTestId('current-number').getByText(karel.number).waitFor();
  await desk.getByTestId('visit-start').click();
  await eventually(
    async () => (await db().visit.findUniqueOrThrow({ where: { id: karel.id } })).status === 'serving' || undefined,
    10000,
    'serving',
  );
  await desk.getByTestId('visit-finish').click();
  await desk.getByTestId('no-current-visit').waitFor();
  expect(await db().visit.findUniqueOrThrow({ where: { id: karel.id } })).toMatchObject({ status: 'done' });

  // the Dagplanning follows: Karel was served
  await clerk.reload();
  await clerk.getByRole('region', { name: 'Loket 1' }).locator('[data-visit-status="done"]').waitFor();

  // the next walk-in at Loket 1 fits: the rest of Karel's time came free when he was done
  await (await registerWalkIn(clerk, 'Loket 1', 'Lies Peeters')).waitFor({ state: 'detached' });
  const lies = await visitOf('Lies Peeters');
  await desk.getByTestId('desk-queue').getByText(lies.number).waitFor();
  await expectAccessible(clerk, 'Dagplanning: tweede bezoeker zonder afspraak');
}, 180000);

test('outside the desk’s hours the clerk reads the hours and may register the visitor anyway with a reason; every report counts the walk-ins once', async () => {
  clock.now = () => new Date(at(world.day, '17:40'));
  const clerk = await signIn(harness, await makeUser('staff', [(await makeDepartment()).id], 'Els Wouters'));
  await clerk.getByRole('menuitem', { name: 'Dagplanning' }).click();
  await clerk.getByTestId('planning-board').waitFor();
  const dialog = await registerWalkIn(clerk, 'Loket 2', 'Mona Claes');
  await dialog
    .getByTestId('walk-in-outside-hours')
    .getByText('Loket 2 is vandaag open van 09:00–12:00. Nu inschrijven kan alleen met een reden.')
    .waitFor();
  expect(await db().visit.count({ where: { appointment: { name: 'Mona Claes' } } })).toBe(0);
  await dialog.getByRole('textbox', { name: 'Reden om toch te helpen' }).fill('Trein had vertraging, afspraak gemist');
  await expectAccessible(clerk, 'Dagplanning: zonder afspraak buiten de uren');
  await dialog.getByRole('button', { name: 'Toch inschrijven' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(await visitOf('Mona Claes')).toMatchObject({
    status: 'waiting',
    walkIn: true,
    outsideHoursReason: 'Trein had vertraging, afspraak gemist',
  });

  // a fourth, at Loket 3, goes away before being called: the reception marks them as left in the Wachtzaal
  const again = await registerWalkIn(clerk, 'Loket 3', 'Piet Janssens');
  await again.getByRole('textbox', { name: 'Reden om toch te helpen' }).fill('Wacht op een collega');
  await again.getByRole('button', { name: 'Toch inschrijven' }).click();
  await again.waitFor({ state: 'detached' });
  const piet = await visitOf('Piet Janssens');
  const reception = await signIn(harness, await makeUser('staff', [(await makeDepartment()).id], 'Rita Onthaal'));
  await reception.getByRole('menuitem', { name: 'Wachtzaal' }).click();
  await reception.getByRole('button', { name: `Nummer ${piet.number} is vertrokken` }).click();
  const confirm = reception.getByRole('dialog');
  await confirm.getByText(`Is nummer ${piet.number} vertrokken?`).waitFor();
  await expectAccessible(reception, 'Wachtzaal: is de bezoeker vertrokken?');
  await confirm.getByRole('button', { name: 'Vertrokken' }).click();
  await reception.locator(`[data-number="${piet.number}"]`).waitFor({ state: 'detached' });
  expect(await db().visit.findUniqueOrThrow({ where: { id: piet.id } })).toMatchObject({ status: 'cancelled' });

  // three visitors without appointment today (Karel served, Lies and Mona waiting) and one who left: every report says three
  const admin = await signIn(harness, await makeUser('admin', [], 'Bart Admin'));
  await admin.getByRole('menuitem', { name: 'Rapporten' }).click();
  const channels = admin.getByTestId('report-appointment-channels');
  const walkInRow = channels.getByRole('row', { name: /Zonder afspraak/ });
  expect((await walkInRow.getByRole('cell').nth(1).textContent())?.trim()).toBe('3');
  const perProduct = admin.getByTestId('report-visitors-per-product');
  await perProduct.getByRole('table').waitFor();
  const walkIns = admin.getByTestId('report-walk-ins');
  await walkIns.getByRole('table').waitFor();
  await expectAccessible(admin, 'Rapporten met bezoekers zonder afspraak');
  // the same figures the tables show, from the same API, for today (the visits happened today; only the hours were judged on the clock)
  const rows = async (name: string) =>
    (await (await admin.request.get(`${harness.base}/api/admin/reports/${name}?from=${today()}&to=${today()}`)).json())
      .rows;
  expect(await rows('walk-ins')).toEqual([expect.objectContaining({ walkIns: 3, visitors: 3 })]);
  expect(await rows('appointment-channels')).toEqual([
    expect.objectContaining({ channel: 'walk_in', appointments: 3, cancelled: 1 }),
  ]);
}, 180000);
