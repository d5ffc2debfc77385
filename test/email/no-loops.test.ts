import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { loginAs, makeUser } from '../support/factories';
import { eventually } from '../support/wait';
import { emailWorld, newMessageId, rawEmail, waitForMessages, type EmailWorld } from './support';

const app = buildApp();
let world: EmailWorld;

beforeAll(async () => {
  world = await emailWorld();
  world.runner();
}, 30000);

const acks = (to: string) => db().notification.count({ where: { recipient: to, template: 'ticket_received' } });

test('an out-of-office answer to our reply is kept on the ticket, answered by nobody, and does not reopen it', async () => {
  const agent = await loginAs(app, await makeUser('agent'));
  await world.dovecot.append(world.info, rawEmail({ from: 'tom@example.be', subject: 'Vraag over de containerpark' }));
  await waitForMessages(1);
  const ticket = await db().ticket.findFirstOrThrow({ where: { subject: 'Vraag over de containerpark' } });
  await agent
    .post(`/api/admin/tickets/${ticket.id}/reply`, { body: 'Het containerpark is zaterdag open.', status: 'resolved' })
    .expect(201);
  const reply = await eventually(
    async () =>
      (await db().notification.findFirst({
        where: { ticketId: ticket.id, template: 'agent_reply', status: 'sent' },
      })) ?? undefined,
  );
  await world.dovecot.append(
    world.info,
    rawEmail({
      from: 'tom@example.be',
      subject: `Automatisch antwoord: [${ticket.reference}] Re: Vraag over de containerpark`,
      inReplyTo: reply.providerId!,
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
      body: 'Ik ben afwezig tot 1 december.',
    }),
  );
  await waitForMessages(2);
  const after = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { messages: true } });
  expect(after.status).toBe('resolved');
  expect(after.tags).toContain('auto-reply');
  expect(after.messages.filter((m) => m.direction === 'inbound')).toHaveLength(2);
  expect(await acks('tom@example.be')).toBe(1);
});

test('an out-of-office that opens a conversation becomes a ticket marked as such, without acknowledgement', async () => {
  await world.dovecot.append(
    world.info,
    rawEmail({
      from: 'afwezig@example.be',
      subject: 'Out of Office: vergadering',
      headers: { 'Auto-Submitted': 'auto-generated' },
      body: 'I am out of the office.',
    }),
  );
  await waitForMessages(3);
  const t = await db().ticket.findFirstOrThrow({ where: { subject: 'Out of Office: vergadering' } });
  expect(t.tags).toEqual(['auto-reply']);
  expect(await acks('afwezig@example.be')).toBe(0);
});

test('list and bulk mail becomes a ticket marked bulk, without acknowledgement', async () => {
  await world.dovecot.append(
    world.info,
    rawEmail({
      from: 'nieuws@winkel.example.com',
      subject: 'Onze kortingen deze week',
      headers: { 'List-Unsubscribe': '<mailto:uit@winkel.example.com>', Precedence: 'bulk' },
    }),
  );
  await waitForMessages(4);
  const t = await db().ticket.findFirstOrThrow({ where: { subject: 'Onze kortingen deze week' } });
  expect(t.tags).toEqual(['bulk']);
  expect(await acks('nieuws@winkel.example.com')).toBe(0);
});

test('a bounce marks the notification failed and the address bouncing, and lands on the ticket', async () => {
  await world.dovecot.append(
    world.info,
    rawEmail({ from: 'Verkeerd Adres <verkeerd@example.be>', subject: 'Vraag met typfout in mijn adres' }),
  );
  await waitForMessages(5);
  const ticket = await db().ticket.findFirstOrThrow({ where: { subject: 'Vraag met typfout in mijn adres' } });
  const ack = await eventually(
    async () =>
      (await db().notification.findFirst({
        where: { ticketId: ticket.id, template: 'ticket_received', status: 'sent' },
      })) ?? undefined,
  );
  const boundary = 'dsn-boundary-1';
  const dsn = [
    'From: MAILER-DAEMON@mx.example.be (Mail Delivery System)',
    'To: info@testdorp.example',
    'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: ${newMessageId()}`,
    `Date: ${new Date().toUTCString()}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.example.be. Your message could not be delivered.',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.be',
    '',
    'Final-Recipient: rfc822; verkeerd@example.be',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <verkeerd@example.be>: Recipient address rejected: User unknown',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: Gemeente Testdorp <info@testdorp.example>',
    'To: verkeerd@example.be',
    `Subject: [${ticket.reference}] We hebben uw bericht ontvangen`,
    `Message-ID: ${ack.providerId}`,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  await world.dovecot.append(world.info, dsn);
  await waitForMessages(6);
  const failed = await db().notification.findUniqueOrThrow({ where: { id: ack.id } });
  expect(failed.status).toBe('failed');
  expect(failed.lastError).toMatch(/User unknown/);
  const identity = await db().contactIdentity.findFirstOrThrow({ where: { value: 'verkeerd@example.be' } });
  expect(identity.bouncedAt).not.toBeNull();
  const onTicket = await db().message.findMany({ where: { ticketId: ticket.id, direction: 'inbound' } });
  expect(onTicket).toHaveLength(2);
  expect((await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).tags).toContain('bounce');
  expect(await acks('mailer-daemon@mx.example.be')).toBe(0);
});

test('acknowledgements are limited per sender per hour; the mails still become tickets', async () => {
  for (let i = 0; i < 5; i++)
    await world.dovecot.append(
      world.info,
      rawEmail({ from: 'veelschrijver@example.be', subject: `Klacht nummer ${i + 1}` }),
    );
  await waitForMessages(11);
  expect(await db().ticket.count({ where: { subject: { startsWith: 'Klacht nummer' } } })).toBe(5);
  expect(await acks('veelschrijver@example.be')).toBe(3);
});

test('mail we sent ourselves is never ingested again', async () => {
  const before = await db().message.count({ where: { channel: 'email' } });
  await world.dovecot.append(
    world.info,
    rawEmail({
      from: 'Gemeente Testdorp <info@testdorp.example>',
      subject: 'Kopie van ons antwoord',
      headers: { 'X-Voordeur-Notification': '00000000-0000-4000-8000-000000000001' },
    }),
  );
  const marker = newMessageId();
  await world.dovecot.append(world.info, rawEmail({ messageId: marker, subject: 'Daarna een gewone mail' }));
  await eventually(async () => (await db().message.count({ where: { externalId: marker } })) === 1 || undefined);
  expect(await db().message.count({ where: { channel: 'email' } })).toBe(before + 1);
});
