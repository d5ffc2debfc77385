import { readFile } from 'node:fs/promises';
import { buildApp } from '../../src/app';
import { loginAs, makeDepartment, makeTicket, makeUser } from '../support/factories';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { processEmail } from '../../src/channels/email/ingest';

// The console in words a person reads: the timeline, the routing dry run and the audit log, never codes or JSON.
const app = buildApp();
let harness: ConsoleHarness;
let admin: Awaited<ReturnType<typeof makeUser>>;
let ticket: Awaited<ReturnType<typeof makeTicket>>;
let ruleId: string;

beforeAll(async () => {
  harness = await startConsole();
  const werken = await makeDepartment('Openbare Werken');
  const milieu = await makeDepartment('Milieu');
  admin = await makeUser('admin', [], 'Greet Admin');
  ticket = await makeTicket({
    subject: 'Straatlamp kapot aan de kerk',
    departmentId: werken.id,
    name: 'Marie Janssens',
    email: 'marie@example.be',
  });
  const agent = await loginAs(app, await makeUser('agent', [], 'Sofie Peeters'));
  expect(
    (
      await agent.edit(`/api/admin/tickets/${ticket.id}`, {
        status: 'resolved',
        priority: 'high',
        departmentId: milieu.id,
        reason: 'Hoort bij Milieu',
      })
    ).status,
  ).toBe(200);
  const manager = await loginAs(app, admin);
  ruleId = (
    await manager
      .post('/api/admin/routing-rules', {
        name: 'Lampen per mail',
        conditions: { channels: ['email'], words: ['straatlamp'] },
        actions: { departmentId: werken.id },
      })
      .expect(201)
  ).body.id;
}, 60000);

test('the timeline tells what happened in sentences, with who and the values by name', async () => {
  const page = await signIn(harness, admin);
  await page.goto(`${harness.base}/admin/#/tickets/${ticket.id}/show`);
  const timeline = page.getByTestId('timeline');
  await timeline.getByText('Status gewijzigd van Nieuw naar Opgelost').waitFor();
  await timeline.getByText('Prioriteit gewijzigd van Normaal naar Hoog').waitFor();
  await timeline.getByText('Dienst gewijzigd van Openbare Werken naar Milieu').waitFor();
  await timeline.getByText('Reden: Hoort bij Milieu').waitFor();
  await timeline.getByText('Ticket aangemaakt').waitFor();
  expect(await timeline.getByText(/Sofie Peeters/).count()).toBeGreaterThanOrEqual(3);
  // no event type, status or priority code anywhere
  expect(await timeline.innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b|\bresolved\b|\bhigh\b/);
  await expectAccessible(page, 'ticket page with timeline');
  await page.context().close();
}, 90000);

test('a damaged email says so on the timeline, in words, and offers its original', async () => {
  const raw = Buffer.from(
    [
      'From: Jan Peeters <jan.peeters@example.be>',
      'To: info@testdorp.example',
      'Subject: Boom omgevallen',
      'Message-ID: <beschadigd-1@example.be>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="nooit-gezien"',
      '',
      'In het park ligt een boom over het fietspad.',
      '',
    ].join('\r\n'),
  );
  const { ticketId } = await processEmail(raw, null);
  const page = await signIn(harness, admin);
  await page.goto(`${harness.base}/admin/#/tickets/${ticketId}/show`);
  const timeline = page.getByTestId('timeline');
  await timeline
    .getByText(
      'Deze e-mail kwam beschadigd aan: het origineel staat als origineel-bericht.eml bij het bericht. Kijk na of de tekst volledig is.',
    )
    .waitFor();
  await timeline
    .getByText(
      'De delen van het bericht waren niet te scheiden · Er was geen tekst uit te halen · De tekst is rechtstreeks uit het origineel gehaald',
    )
    .waitFor();
  expect(await timeline.innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  await page.getByText('In het park ligt een boom over het fietspad.').first().waitFor();
  await page.getByRole('link', { name: /origineel-bericht\.eml/ }).waitFor();
  await expectAccessible(page, 'ticket page with a damaged email');
  await page.context().close();
}, 90000);

test('the audit log reads as sentences; the exact trace opens on demand', async () => {
  const page = await signIn(harness, admin);
  await page.goto(`${harness.base}/admin/#/audit-log`);
  const sentence = `Sofie Peeters wijzigde ticket ${ticket.reference}: status Nieuw → Opgelost, prioriteit Normaal → Hoog, dienst Openbare Werken → Milieu`;
  const row = page.getByText(sentence);
  await row.waitFor();
  // no raw JSON or request as the main text
  expect(await page.locator('table').innerText()).not.toContain('{"');
  expect(await page.locator('table').innerText()).not.toContain('/api/');
  await expectAccessible(page, 'audit log');
  await row.click();
  const details = page.getByTestId('audit-details');
  await details.getByText('PUT /api/admin/tickets/:id').waitFor();
  await details.getByText('Status, Prioriteit, Dienst, Reden van de wijziging van dienst').waitFor();
  await expectAccessible(page, 'audit log with details open');

  // the export carries the same sentence, for Excel in Belgium
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteren' }).click(),
  ]);
  const file = await readFile((await download.path())!);
  expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const lines = file.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Tijdstip;Wat er gebeurde;Gebruiker;Actie;Soort gegeven;Gegeven;IP-adres');
  expect(lines).toContainEqual(
    expect.stringContaining(`;${sentence};Sofie Peeters;gewijzigd;ticket;${ticket.reference};`),
  );
  await page.context().close();
}, 90000);

test('the routing dry run explains each condition in Dutch', async () => {
  const page = await signIn(harness, admin);
  await page.goto(`${harness.base}/admin/#/routing-rules/${ruleId}`);
  await page.getByRole('button', { name: 'Voorbeeld' }).click();
  await page.getByLabel('Kanaal').click();
  await page.getByRole('option', { name: 'Webformulier' }).click();
  await page.getByLabel('Onderwerp').fill('Straatlamp kapot');
  await page.getByLabel('Tekst', { exact: true }).fill('Aan de kerk brandt de lamp niet.');
  await page.getByTestId('dry-run').click();
  const result = page.getByTestId('dry-run-result');
  await result.getByText('Kanaal Webformulier is geen van: E-mail').waitFor();
  await result.getByText('Onderwerp of tekst bevat "straatlamp"').waitFor();
  await expectAccessible(page, 'routing dry run result');
  await page.context().close();
}, 90000);

test("react-admin's own sentences read as proper Dutch: no capital in the middle", async () => {
  const page = await signIn(harness, admin);
  await page.goto(
    `${harness.base}/admin/#/contacts?filter=${encodeURIComponent(JSON.stringify({ q: 'niemand-zo-genoemd' }))}`,
  );
  await page.getByText('Geen contacten gevonden met deze filters.').waitFor();
  await page.context().close();
}, 90000);
