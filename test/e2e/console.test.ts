import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, serveApp } from '../support/browser';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { makeCategory, makeDepartment, makeTicket, makeUser, PASSWORD } from '../support/factories';
import { startMailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';

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
  const ticket = await makeTicket({ subject: 'Straatlamp brandt niet in de Kerkstraat', departmentId: dept.id, name: 'Marie Janssens', email: 'marie@example.be' });

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
  await page.getByTestId('reply-input').fill(reply);
  await page.getByTestId('reply-send').click();

  await page.getByTestId('conversation').getByText(reply).waitFor();
  await page.getByTestId('timeline').getByText('Antwoord verstuurd naar de burger').waitFor();
  const stored = await db().message.findFirst({ where: { ticketId: ticket.id, direction: 'outbound' } });
  expect(stored?.bodyText).toBe(reply);
  await page.screenshot({ path: process.env.E2E_SCREENSHOT ?? path.join(process.env.STORAGE_DIR!, 'console.png'), fullPage: true });
}, 90000);
