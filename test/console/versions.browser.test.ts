import './bulkStatusDelay';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { buildApp } from '../../src/app';
import { loginAs, makeDepartment, makeTicket, makeUser } from '../support/factories';
import { startMailbox, type Mailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

let harness: ConsoleHarness;
let mailbox: Mailbox;
let dept: string;

beforeAll(async () => {
  mailbox = await startMailbox();
  const worker = startOutboxWorker();
  onTeardown(() => Promise.all([mailbox.close(), worker.close()]));
  harness = await startConsole();
  dept = (await makeDepartment('Openbare Werken')).id;
}, 60000);

test("Sofie saves from a stale screen: she sees that Jan changed the status, Jan's change survives, and re-applying keeps both", async () => {
  const jan = await makeUser('agent', [], 'Jan Claes');
  const sofie = await makeUser('agent', [], 'Sofie Peeters');
  const t = await makeTicket({ subject: 'Put in het fietspad', departmentId: dept });
  const url = `${harness.base}/admin/#/tickets/${t.id}/show`;

  const sofiePage = await signIn(harness, sofie);
  // Sofie's screen must stay stale, as when her live updates lag or her connection dropped: no event stream
  await sofiePage.context().route('**/api/admin/events**', (route) => route.abort());
  await sofiePage.goto(url);
  await sofiePage.reload();
  await sofiePage.getByText(t.reference).first().waitFor();

  const janPage = await signIn(harness, jan);
  await janPage.goto(url);
  await janPage
    .getByRole('group', { name: 'Status wijzigen' })
    .getByRole('button', { name: 'Wacht op burger' })
    .click();
  await eventually(
    async () =>
      (await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).status === 'pending_citizen' || undefined,
  );

  // Sofie's screen still shows the ticket as it was; she raises the priority and saves
  await sofiePage.getByRole('combobox', { name: 'Prioriteit' }).click();
  await sofiePage.getByRole('option', { name: 'Hoog' }).click();
  await sofiePage.getByRole('button', { name: 'Opslaan' }).click();
  const dialog = sofiePage.getByRole('dialog', { name: 'Iemand anders heeft dit intussen gewijzigd' });
  await dialog.waitFor();
  await expect(dialog.getByTestId('conflict-message').textContent()).resolves.toMatch(
    /^Jan Claes heeft dit ticket om \d\d:\d\d gewijzigd \(status: Wacht op burger\)/,
  );
  await dialog.getByRole('row', { name: /Prioriteit Hoog Normaal/ }).waitFor();
  let stored = await db().ticket.findUniqueOrThrow({ where: { id: t.id } });
  expect([stored.status, stored.priority]).toEqual(['pending_citizen', 'normal']);
  await expectAccessible(sofiePage, 'ticket page with the conflict dialog');

  await dialog.getByRole('button', { name: 'Mijn wijzigingen opnieuw toepassen' }).click();
  await dialog.waitFor({ state: 'detached' });
  stored = await eventually(async () => {
    const now = await db().ticket.findUniqueOrThrow({ where: { id: t.id } });
    return now.priority === 'high' ? now : undefined;
  });
  expect(stored.status).toBe('pending_citizen');
  // her screen now shows both changes
  await sofiePage
    .getByRole('group', { name: 'Status wijzigen' })
    .getByRole('button', { name: 'Wacht op burger', pressed: true })
    .waitFor();
}, 120000);

test('an agent sets five tickets of one citizen to resolved from the list; the citizen gets one message naming all five', async () => {
  const agent = await makeUser('agent', [], 'Els Wouters');
  const tickets = [];
  for (let i = 1; i <= 5; i++)
    tickets.push(
      await makeTicket({
        subject: `Sluikstort melding ${i}`,
        email: 'veel.meldingen@example.be',
        name: 'Karel Bulk',
        departmentId: dept,
      }),
    );
  const page = await signIn(harness, agent);
  await page.goto(`${harness.base}/admin/#/tickets`);
  await page.getByTestId('ticket-search').fill('Sluikstort');
  await page.getByText('Sluikstort melding 5').waitFor();
  await eventually(async () => ((await page.getByRole('row').count()) === 6 ? true : undefined));

  await page.getByRole('checkbox', { name: 'Alles selecteren' }).check();
  await page.getByTestId('bulk-status').waitFor();
  await expectAccessible(page, 'ticket list with five tickets selected');
  await page.getByTestId('bulk-status').click();
  const dialog = page.getByRole('dialog', { name: 'Status van 5 tickets wijzigen' });
  await dialog.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Opgelost' }).click();
  await expectAccessible(page, 'bulk status dialog');
  await dialog.getByRole('button', { name: 'Toepassen' }).click();
  await page.getByText('5 tickets gewijzigd').waitFor();
  await eventually(async () => ((await page.getByRole('cell', { name: 'Opgelost' }).count()) === 5 ? true : undefined));

  const stored = await db().ticket.findMany({ where: { id: { in: tickets.map((t) => t.id) } } });
  expect(stored.map((t) => t.status)).toEqual(Array(5).fill('resolved'));
  expect(
    await db().ticketEvent.count({ where: { ticketId: { in: tickets.map((t) => t.id) }, type: 'status_changed' } }),
  ).toBe(5);
  const mail = await eventually(async () =>
    mailbox.messages.find((m) => JSON.stringify(m.to).includes('veel.meldingen@example.be')),
  );
  await new Promise((r) => setTimeout(r, 2500)); // a second message would have arrived by now (each is sent when due; they are due together)
  expect(mailbox.messages.filter((m) => JSON.stringify(m.to).includes('veel.meldingen@example.be'))).toHaveLength(1);
  for (const t of tickets) expect(mail.text).toContain(t.reference);
}, 120000);

test('a bulk change meets a ticket a colleague changed meanwhile: the others change, that one is named with who changed it and stays selected', async () => {
  const agent = await makeUser('agent', [], 'Lotte Maes');
  const jan = await loginAs(buildApp(), await makeUser('agent', [], 'Jan Peeters'));
  const tickets = [];
  for (let i = 1; i <= 3; i++) tickets.push(await makeTicket({ subject: `Losse stoeptegel ${i}`, departmentId: dept }));
  const page = await signIn(harness, agent);
  // the list must keep what it showed (as when live updates lag): no event stream
  await page.context().route('**/api/admin/events**', (route) => route.abort());
  await page.goto(`${harness.base}/admin/#/tickets`);
  await page.reload();
  await page.getByTestId('ticket-search').fill('stoeptegel');
  await eventually(async () => ((await page.getByRole('row').count()) === 4 ? true : undefined));
  await page.getByRole('checkbox', { name: 'Alles selecteren' }).check();

  expect((await jan.edit(`/api/admin/tickets/${tickets[1].id}`, { priority: 'low' })).status).toBe(200);
  await page.getByTestId('bulk-priority').click();
  const dialog = page.getByRole('dialog', { name: 'Prioriteit van 3 tickets wijzigen' });
  await dialog.getByRole('combobox', { name: 'Prioriteit' }).click();
  await page.getByRole('option', { name: 'Dringend' }).click();
  await dialog.getByRole('button', { name: 'Toepassen' }).click();

  const result = page.getByRole('dialog', { name: '2 tickets gewijzigd, 1 niet' });
  await result.waitFor();
  await result.getByText(tickets[1].reference).waitFor();
  await expect(result.getByTestId('bulk-failures').textContent()).resolves.toContain('Jan Peeters heeft dit ticket om');
  await expectAccessible(page, 'bulk result with a ticket changed meanwhile');
  const stored = await db().ticket.findMany({
    where: { id: { in: tickets.map((t) => t.id) } },
    orderBy: { subject: 'asc' },
  });
  expect(stored.map((t) => t.priority)).toEqual(['urgent', 'low', 'urgent']);
  await result.getByRole('button', { name: 'Sluiten' }).click();
  await page.getByText('1 item geselecteerd').waitFor();
}, 120000);
