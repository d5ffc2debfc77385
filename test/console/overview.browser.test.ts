import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { makeDepartment, makeTicket, makeUser } from '../support/factories';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';

// Overzicht (the landing page) for an agent, department staff and an administrator, and Rapporten.
let harness: ConsoleHarness;
let burgerzaken: { id: string; name: string };
let milieu: { id: string; name: string };

beforeAll(async () => {
  harness = await startConsole();
  burgerzaken = await makeDepartment('Burgerzaken');
  milieu = await makeDepartment('Milieu');
  await makeTicket({ departmentId: burgerzaken.id, subject: 'Nieuwe identiteitskaart aanvragen', name: 'Marie Janssens' });
  await makeTicket({ departmentId: burgerzaken.id, subject: 'Uittreksel uit het strafregister', name: 'Luc Vermeulen' });
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
  await page.getByTestId('dashboard-tickets').getByRole('link', { name: /Grofvuil ophalen/ }).waitFor();
  expect(await page.getByTestId('dashboard-tickets').getByRole('link', { name: /identiteitskaart/ }).count()).toBe(0);
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
  await page.getByRole('button', { name: /Taal|Nederlands/ }).first().click();
  await page.getByRole('menuitem', { name: /English/ }).waitFor();
  await expectAccessible(page, 'Taalmenu (open)');
  await page.keyboard.press('Escape');
}, 90000);

test('an administrator reads this month\'s contacts for one department in Rapporten and downloads them as CSV', async () => {
  const page = await signIn(harness, await makeUser('admin', [], 'Bart Admin'));
  await page.getByRole('menuitem', { name: 'Rapporten' }).click();
  const contacts = page.getByTestId('report-contacts-per-day');
  await contacts.getByRole('table').waitFor();
  expect(await page.getByTestId('report-preset-this_month').getAttribute('aria-pressed')).toBe('true');
  await expectAccessible(page, 'Rapporten');

  // only Milieu: the report is asked again for that department, and counts its one e-mail
  const milieuOnly = page.waitForResponse((r) => r.url().includes('/reports/contacts-per-day?') && r.url().includes(milieu.id));
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
