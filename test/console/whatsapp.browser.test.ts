import { TEMPLATES } from '../whatsapp/whatsappEnv';
import { db } from '../../src/db';
import { intake } from '../../src/intake/intake';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { makeUser } from '../support/factories';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import { ACCOUNT_SID, startTwilioStandIn, twilioSid, type TwilioStandIn } from '../support/twilio';

// An agent answers a citizen who wrote on WhatsApp: inside the 24-hour window her words go as written; after it the
// compose box says why free text cannot go and sends the approved template instead.
let harness: ConsoleHarness;
let twilio: TwilioStandIn;

beforeAll(async () => {
  twilio = await startTwilioStandIn();
  onTeardown(() => twilio.close());
  const worker = startOutboxWorker();
  onTeardown(() => worker.close());
  harness = await startConsole();
}, 60000);

const sent = (number: string) =>
  twilio.requests.filter(
    (r) => r.path === `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json` && r.params.To === `whatsapp:${number}`,
  );

async function whatsappTicket(number: string, name: string, text: string) {
  const { ticket } = await intake({
    channel: 'whatsapp',
    externalId: twilioSid('SM'),
    contact: { channelIdentity: { kind: 'whatsapp', value: number }, name },
    subject: text,
    body: text,
    acknowledge: false,
  });
  return ticket;
}

test('a WhatsApp ticket is answered by WhatsApp from its page inside the 24-hour window', async () => {
  const number = '+32473000001';
  const ticket = await whatsappTicket(number, 'Lotte Maes', 'Mag ik mijn grofvuil buiten zetten op zondag?');
  const agent = await makeUser('agent', [], 'Sofie Peeters');
  const page = await signIn(harness, agent);
  await page.goto(`${harness.base}/admin/#/tickets/${ticket.id}/show`);
  await page.getByTestId('reply-via-whatsapp').waitFor();
  expect(await page.getByTestId('reply-via-whatsapp').isChecked()).toBe(true);
  const input = page.getByTestId('reply-input');
  await eventually(async () => (await input.inputValue()).startsWith('Beste Lotte Maes'), 20000, 'the draft');
  await input.fill('Beste Lotte Maes,\n\nNee, enkel de avond voor de ophaling.\n\nGroeten, Sofie Peeters');
  await page
    .getByTestId('reply-preview-text')
    .getByText(/enkel de avond voor de ophaling/)
    .waitFor();
  expect(await page.getByTestId('free-text-closed').count()).toBe(0);
  await expectAccessible(page, 'WhatsApp ticket, reply inside the 24-hour window');
  await page.getByTestId('reply-send').click();
  await page.getByText('Antwoord via WhatsApp verstuurd').waitFor();
  const out = await eventually(async () =>
    sent(number).find((r) => r.params.Body?.includes('enkel de avond voor de ophaling')),
  );
  expect(out.params.ContentSid).toBeUndefined();

  // the contact page lists the WhatsApp number as an identity of its own
  await page.goto(`${harness.base}/admin/#/contacts/${ticket.contactId}/show`);
  await page.getByText('WhatsApp-nummers').waitFor();
  await page.getByText(number).waitFor();
  await expectAccessible(page, 'contact with a WhatsApp number');
  await page.close();
}, 60000);

test('outside the 24-hour window the compose box explains why free text cannot go, and sends the approved template', async () => {
  const number = '+32473000002';
  const ticket = await whatsappTicket(number, 'Jens Wouters', 'Wanneer wordt de straatlamp hersteld?');
  await db().message.updateMany({
    where: { ticketId: ticket.id },
    data: { createdAt: new Date('2026-11-30T09:15:00Z') },
  });
  const agent = await makeUser('agent', [], 'Sofie Peeters');
  const page = await signIn(harness, agent);
  await page.goto(`${harness.base}/admin/#/tickets/${ticket.id}/show`);
  const notice = page.getByTestId('free-text-closed');
  await notice.waitFor({ timeout: 20000 });
  expect(await notice.innerText()).toContain('binnen 24 uur na het laatste bericht');
  expect(await notice.innerText()).toContain('30 nov 2026');
  expect(await page.getByTestId('reply-send').isDisabled()).toBe(true);
  await page
    .getByTestId('reply-input')
    .fill('Beste Jens Wouters,\n\nDe lamp wordt donderdag hersteld.\n\nGroeten, Sofie Peeters');
  await expectAccessible(page, 'WhatsApp ticket outside the 24-hour window');
  await page.getByTestId('reply-send-template').click();
  await page.getByText('WhatsApp-sjabloon verstuurd').waitFor();
  const out = await eventually(async () => sent(number).find((r) => r.params.ContentSid === TEMPLATES.answer));
  expect(JSON.parse(out.params.ContentVariables)['1']).toBe(ticket.reference);
  const stored = await db().message.findFirstOrThrow({ where: { ticketId: ticket.id, direction: 'outbound' } });
  expect(stored).toMatchObject({ channel: 'whatsapp' });
  expect(stored.bodyText).toContain('De lamp wordt donderdag hersteld.');
  await page.close();
}, 60000);
