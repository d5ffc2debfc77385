import { db } from '../../src/db';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { makeDepartment, makeUser } from '../support/factories';

// An agent takes a call on the central number and records it as a ticket: the form in the console, the same intake
// as every channel, and the ticket page it opens on.
let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsole();
}, 60000);

test('an agent records a phone call as a ticket for a citizen and lands on its page', async () => {
  const werken = await makeDepartment('Openbare Werken');
  const agent = await makeUser('agent', [], 'Sofie Peeters');
  const page = await signIn(harness, agent);

  await page.goto(`${harness.base}/admin/#/tickets/create`);
  const form = page.locator('form');
  await form.getByLabel('Onderwerp').waitFor();
  await expectAccessible(page, 'new ticket (empty)');

  // a required field left empty says so, and nothing is stored
  await form.getByLabel('Vraag of melding').fill('Mevrouw belde over een boom.');
  await page.getByRole('button', { name: /opslaan/i }).click();
  await form
    .getByText(/verplicht/i)
    .first()
    .waitFor();
  await expectAccessible(page, 'new ticket (errors)');
  expect(await db().ticket.count()).toBe(0);

  await form.getByLabel('Onderwerp').fill('Boom dreigt om te vallen in de Molenstraat');
  await form
    .getByLabel('Vraag of melding')
    .fill('Mevrouw belde: de grote eik voor nummer 12 helt sterk over na de storm.');
  await form.getByLabel('Dienst').click();
  await page.getByRole('option', { name: 'Openbare Werken' }).click();
  await form.getByLabel('Naam').fill('Mieke Claes');
  await form.getByLabel('Telefoonnummer').fill('0470 12 34 56');
  await page.getByRole('button', { name: /opslaan/i }).click();

  // the new ticket's page, with its reference
  const ticket = await (async () => {
    for (let i = 0; i < 100; i++) {
      const t = await db().ticket.findFirst({
        include: { contact: { include: { identities: true } }, messages: true },
      });
      if (t) return t;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no ticket was stored');
  })();
  await page.getByText(ticket.reference).first().waitFor();
  expect(ticket).toMatchObject({
    subject: 'Boom dreigt om te vallen in de Molenstraat',
    channel: 'phone',
    departmentId: werken.id,
  });
  expect(ticket.contact?.name).toBe('Mieke Claes');
  expect(ticket.contact?.identities.map((i) => i.value)).toContain('+32470123456');
  expect(ticket.messages[0].bodyText).toContain('de grote eik voor nummer 12');
  await expectAccessible(page, 'new ticket (its page)');
}, 90000);
