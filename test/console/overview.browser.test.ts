import '../notifications/shortProbes';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { db } from '../../src/db';
import { deliverNotification } from '../../src/notifications/deliver';
import { releaseWaiting } from '../../src/notifications/jobs';
import { circuitState, probeIfDue } from '../../src/notifications/providerCircuit';
import { makeDepartment, makeTicket, makeUser } from '../support/factories';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { startMailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

// Overzicht (the landing page) for an agent, department staff and an administrator, and Rapporten.
let harness: ConsoleHarness;
let burgerzaken: { id: string; name: string };
let milieu: { id: string; name: string };

beforeAll(async () => {
  harness = await startConsole();
  burgerzaken = await makeDepartment('Burgerzaken');
  milieu = await makeDepartment('Milieu');
  await makeTicket({
    departmentId: burgerzaken.id,
    subject: 'Nieuwe identiteitskaart aanvragen',
    name: 'Marie Janssens',
  });
  await makeTicket({
    departmentId: burgerzaken.id,
    subject: 'Uittreksel uit het strafregister',
    name: 'Luc Vermeulen',
  });
  await makeTicket({ departmentId: milieu.id, subject: 'Grofvuil ophalen', name: 'An Claes', channel: 'email' });
}, 60000);

/** The open tickets of one department on the overview: its total (the last cell), or undefined without a row. */
async function openTotal(page: Page, department: string): Promise<string | undefined> {
  const card = page.getByTestId('dashboard-open-tickets');
  await card.getByRole('table').waitFor();
  const row = card.locator(`tr[data-department="${department}"]`);
  if ((await row.count()) === 0) return undefined;
  return (await row.locator('td').last().textContent()) ?? undefined;
}

test('an administrator sees the open tickets of every department on the overview, and opens a recent ticket from it', async () => {
  const page = await signIn(harness, await makeUser('admin', [], 'Ann Admin'));
  await page.getByTestId('dashboard').waitFor();
  expect(await openTotal(page, 'Burgerzaken')).toBe('2');
  expect(await openTotal(page, 'Milieu')).toBe('1');
  const recent = page.getByTestId('dashboard-tickets');
  await recent.getByRole('link', { name: /Grofvuil ophalen/ }).waitFor();
  await expectAccessible(page, 'Overzicht (admin)');

  await recent.getByRole('textbox').fill('strafregister');
  await recent.getByRole('link', { name: /Grofvuil ophalen/ }).waitFor({ state: 'detached' });
  await recent.getByRole('link', { name: /Uittreksel uit het strafregister/ }).click();
  await page.waitForURL(/#\/tickets\/[^/]+\/show/);
}, 90000);

test('department staff see only their own department on the overview', async () => {
  const page = await signIn(harness, await makeUser('staff', [milieu.id], 'Els Wouters'));
  await page.getByTestId('dashboard').waitFor();
  expect(await openTotal(page, 'Milieu')).toBe('1');
  expect(await openTotal(page, 'Burgerzaken')).toBeUndefined();
  await page
    .getByTestId('dashboard-tickets')
    .getByRole('link', { name: /Grofvuil ophalen/ })
    .waitFor();
  expect(
    await page
      .getByTestId('dashboard-tickets')
      .getByRole('link', { name: /identiteitskaart/ })
      .count(),
  ).toBe(0);
  await expectAccessible(page, 'Overzicht (staff)');
}, 90000);

test('an agent sees the work waiting on the overview', async () => {
  const page = await signIn(harness, await makeUser('agent', [burgerzaken.id], 'Sofie Peeters'));
  await page.getByTestId('dashboard').waitFor();
  expect(await openTotal(page, 'Burgerzaken')).toBe('2');
  await page.getByTestId('dashboard-contacts').waitFor();
  await page.getByTestId('dashboard-queue').waitFor();
  await expectAccessible(page, 'Overzicht (agent)');
  // the language menu in the app bar, open
  await page
    .getByRole('button', { name: /Taal|Nederlands/ })
    .first()
    .click();
  await page.getByRole('menuitem', { name: /English/ }).waitFor();
  await expectAccessible(page, 'Taalmenu (open)');
  await page.keyboard.press('Escape');
}, 90000);

test("an administrator reads this month's contacts for one department in Rapporten and downloads them as CSV", async () => {
  const page = await signIn(harness, await makeUser('admin', [], 'Bart Admin'));
  await page.getByRole('menuitem', { name: 'Rapporten' }).click();
  const contacts = page.getByTestId('report-contacts-per-day');
  await contacts.getByRole('table').waitFor();
  expect(await page.getByTestId('report-preset-this_month').getAttribute('aria-pressed')).toBe('true');
  await expectAccessible(page, 'Rapporten');

  // only Milieu: the report is asked again for that department, and counts its one e-mail
  const milieuOnly = page.waitForResponse(
    (r) => r.url().includes('/reports/contacts-per-day?') && r.url().includes(milieu.id),
  );
  await page.getByRole('combobox', { name: 'Diensten' }).click();
  await page.getByRole('option', { name: 'Milieu' }).click();
  await expectAccessible(page, 'Rapporten, diensten kiezen');
  await page.keyboard.press('Escape');
  const rows = (await (await milieuOnly).json()).rows as { channel: string; contacts: number }[];
  expect(rows).toEqual([expect.objectContaining({ channel: 'email', contacts: 1 })]);

  const download = page.waitForEvent('download');
  await page.getByTestId('report-csv-contacts-per-day').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv.trim().split(/\r?\n/)).toHaveLength(2); // a header and Milieu's one day
}, 90000);

test('while the mail server does not answer, the overview says since when and that the mail waits; once it answers again, that it is reachable', async () => {
  // nothing listens on SMTP_URL in this file: the first send finds the mail server away
  const row = await db().notification.create({
    data: {
      channel: 'email',
      template: 'acknowledgement',
      language: 'nl',
      recipient: 'wacht@example.be',
      subject: 'Ontvangen',
      bodyText: 'x',
    },
  });
  expect(await deliverNotification(row.id)).toBe('paused');
  const since = (await circuitState('mail')).openSince!;
  const clock = since.toLocaleTimeString('nl-BE', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' });

  const page = await signIn(harness, await makeUser('admin', [], 'Chris Admin'));
  const status = page.getByTestId('dashboard-system-status');
  const mail = status.getByTestId('provider-mail');
  await mail.getByText(new RegExp(`^Mailprovider onbereikbaar sinds \\d{1,2}/\\d{1,2}/\\d{2,4},? ${clock}$`)).waitFor();
  await mail.getByText('Berichten aan burgers wachten en vertrekken vanzelf zodra hij weer antwoordt.').waitFor();
  // an administrator also reads what the mail server answered (nothing: the connection was refused)
  await mail.getByText(/ECONNREFUSED/).waitFor();
  expect(await status.getByTestId('provider-twilio').textContent()).toBe('Sms-provider (Twilio): bereikbaar');
  await expectAccessible(page, 'Overzicht, mailprovider onbereikbaar');

  // the mail server answers again: the probe closes the circuit and the waiting mail leaves
  const mailbox = await startMailbox();
  onTeardown(() => mailbox.close());
  await eventually(async () => {
    await probeIfDue('mail', releaseWaiting);
    return !(await circuitState('mail')).openSince;
  });
  expect(await deliverNotification(row.id)).toBe('sent');
  await page.reload();
  expect(await page.getByTestId('dashboard-system-status').getByTestId('provider-mail').textContent()).toBe(
    'Mailprovider: bereikbaar',
  );
}, 90000);
