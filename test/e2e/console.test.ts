import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, serveApp } from '../support/browser';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { makeCategory, makeDepartment, makeTicket, makeUser, PASSWORD } from '../support/factories';
import { startMailbox } from '../support/smtp';
import { expectAccessible } from '../support/console';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

// The console as an agent uses it: a real Chromium against the built console served by the api.
const CONSOLE_BUILT = existsSync(path.join(__dirname, '../../admin-ui/dist/index.html'));
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!CONSOLE_BUILT) throw new Error('Build the console first (npm run build:console); npm test does it.');
  const mailbox = await startMailbox();
  const worker = startOutboxWorker();
  const served = await serveApp();
  const server = served.server;
  base = served.base;
  browser = await launchChromium();
  onTeardown(() => mailbox.close());
  onTeardown(() => worker.close());
  onTeardown(() => new Promise((r) => server.close(r)));
  onTeardown(() => browser.close());
}, 60000);

test('an agent logs in, finds a ticket, replies, and sees the reply in the conversation and timeline', async () => {
  const dept = await makeDepartment('Openbare Werken');
  await makeCategory(dept.id, 'straatverlichting');
  const agent = await makeUser('agent', [], 'Sofie Peeters');
  await makeTicket({ subject: 'Bank in het park is stuk', departmentId: dept.id, name: 'Luc Vermeulen' });
  const ticket = await makeTicket({
    subject: 'Straatlamp brandt niet in de Kerkstraat',
    departmentId: dept.id,
    name: 'Marie Janssens',
    email: 'marie@example.be',
  });

  const page = await browser.newPage({ locale: 'nl-BE' });
  page.setDefaultTimeout(20000);
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mailadres').fill(agent.email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();

  await page.getByText('Bank in het park is stuk').waitFor();
  await page.getByTestId('ticket-search').fill('Kerkstraat');
  await page.getByText('Bank in het park is stuk').waitFor({ state: 'detached' });
  await page.getByText('Straatlamp brandt niet in de Kerkstraat').click();

  await page.getByText(ticket.reference).first().waitFor();
  const reply = 'We sturen morgen een ploeg langs om de lamp te herstellen.';
  // as an agent does: the box shows its greeting and signature first (a draft landing in the middle of the typing
  // is the compose box's own test), then the whole text is replaced by the agent's
  await eventually(
    async () => (await page.getByTestId('reply-input').inputValue()).startsWith('Beste'),
    20000,
    'the draft',
  );
  await page.getByTestId('reply-input').fill(reply);
  await page.getByTestId('reply-send').click();

  await page.getByTestId('conversation').getByText(reply).waitFor();
  await page.getByTestId('timeline').getByText('Antwoord verstuurd naar de burger').waitFor();
  const stored = await db().message.findFirst({ where: { ticketId: ticket.id, direction: 'outbound' } });
  expect(stored?.bodyText).toBe(reply);
  await page.screenshot({
    path: process.env.E2E_SCREENSHOT ?? path.join(process.env.STORAGE_DIR!, 'console.png'),
    fullPage: true,
  });
}, 90000);

test('a desk clerk calls the next visitor at "Mijn loket", serves them and finishes; the visit keeps every moment', async () => {
  const { today } = await import('../../src/guidance/lifecycle');
  const location = await db().location.create({ data: { name: 'Stadhuis' } });
  const service = await db().service.create({
    data: { code: 'eid-e2e', nameNl: 'Identiteitskaart', nameEn: 'Identity card', durationMinutes: 10 },
  });
  await db().desk.create({
    data: { locationId: location.id, name: 'Loket 1', services: { create: { serviceId: service.id } } },
  });
  const visit = await db().visit.create({
    data: {
      locationId: location.id,
      serviceId: service.id,
      day: new Date(`${today()}T00:00:00Z`),
      number: 'A007',
      walkIn: true,
      dueAt: new Date(),
      checkedInAt: new Date(Date.now() - 4 * 60_000),
    },
  });
  const clerk = await makeUser('staff', [], 'Els Wouters');

  const page = await browser.newPage({ locale: 'nl-BE' });
  page.setDefaultTimeout(20000);
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mailadres').fill(clerk.email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('menuitem', { name: 'Mijn loket' }).click();

  // one location with one desk: it is chosen by itself, and the waiting visitor is in its queue
  await page.getByTestId('desk-queue').getByText('A007').waitFor();
  await expectAccessible(page, 'Mijn loket');
  await page.getByTestId('call-next').click();
  await page.getByTestId('current-number').getByText('A007').waitFor();
  await expectAccessible(page, 'Mijn loket, bezoeker opgeroepen');
  await page.getByTestId('visit-start').click();
  await eventually(
    async () => (await db().visit.findUniqueOrThrow({ where: { id: visit.id } })).status === 'serving' || undefined,
    10000,
    'serving',
  );
  await page.getByTestId('visit-finish').click();
  await page.getByTestId('no-current-visit').waitFor();
  const done = await db().visit.findUniqueOrThrow({ where: { id: visit.id } });
  expect(done.status).toBe('done');
  expect(done.calledAt && done.servedAt && done.finishedAt).toBeTruthy();
  await page.getByTestId('call-next').click();
  await page.getByTestId('nobody-waiting').waitFor();
}, 90000);

test('an agent closes the central line from Telefonie with a reason, and opens it again', async () => {
  const agent = await makeUser('agent', [], 'Jan Claes');
  const page = await browser.newPage({ locale: 'nl-BE' });
  page.setDefaultTimeout(20000);
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mailadres').fill(agent.email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('menuitem', { name: 'Telefonie' }).click();
  await page.getByTestId('line-reason').fill('Personeelsvergadering');
  await expectAccessible(page, 'Telefonie');
  await page.getByTestId('line-close').click();
  await page.getByRole('dialog').waitFor();
  await expectAccessible(page, 'Telefonie, lijn sluiten bevestigen');
  // the confirmation dialog's button
  await page.getByRole('dialog').getByRole('button').last().click();
  await page.getByTestId('line-open').waitFor();
  const closed = await db().phoneLine.findUniqueOrThrow({ where: { id: 1 } });
  expect(closed).toMatchObject({ closed: true, closedReason: 'Personeelsvergadering', closedByUserId: agent.id });
  await page.getByTestId('line-open').click();
  await page.getByTestId('line-close').waitFor();
  expect((await db().phoneLine.findUniqueOrThrow({ where: { id: 1 } })).closed).toBe(false);
}, 90000);
