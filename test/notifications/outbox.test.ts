import { Worker } from 'bullmq';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { deliverNotification, findStrandedNotifications } from '../../src/notifications/deliver';
import { dispatchOutbox } from '../../src/notifications/outbox';
import { makeTicket } from '../support/factories';
import { startMailbox, type Mailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import { intake } from '../../src/intake/intake';

let mailbox: Mailbox;
let worker: Worker | undefined;

beforeAll(async () => {
  mailbox = await startMailbox();
  onTeardown(() => mailbox.close());
  onTeardown(() => worker?.close());
});

const confirmation = async (email: string) =>
  (await intake({ channel: 'web', contact: { email }, subject: 'Vraag', body: 'Tekst' })).ticket;

test('an SMTP server that refuses at first delays the mail; it is delivered once when the server accepts', async () => {
  mailbox.refuseNext(2);
  worker = startOutboxWorker();
  const ticket = await confirmation('geduldig@example.be');
  const row = await eventually(async () => {
    const n = await db().notification.findFirstOrThrow({ where: { ticketId: ticket.id } });
    return n.status === 'sent' ? n : undefined;
  });
  expect(row.attempts).toBe(3);
  expect(row.providerId).toBe(`<${row.id}@testdorp.example>`);
  expect(mailbox.messages.filter((m) => m.subject?.includes(ticket.reference))).toHaveLength(1);
  await worker.close();
  worker = undefined;
});

test('a sent notification is never sent again, whoever asks: a retried job, a restarted worker or the sweeper', async () => {
  const ticket = await makeTicket();
  const id = (
    await db().notification.create({
      data: {
        channel: 'email',
        template: 't',
        language: 'nl',
        recipient: 'eenmaal@example.be',
        subject: `eenmaal ${ticket.reference}`,
        bodyText: 'x',
        ticketId: ticket.id,
      },
    })
  ).id;
  expect(await deliverNotification(id)).toBe('sent');
  expect(await deliverNotification(id)).toBe('skipped');
  worker = startOutboxWorker();
  await dispatchOutbox([id]);
  await new Promise((r) => setTimeout(r, 500));
  expect(await findStrandedNotifications(0)).not.toContain(id);
  expect(mailbox.messages.filter((m) => m.subject === `eenmaal ${ticket.reference}`)).toHaveLength(1);
  await worker.close();
  worker = undefined;
});

test('a row whose job was lost (Redis away when it was written) is picked up by the sweeper', async () => {
  const ticket = await makeTicket();
  // written directly, as if the queue had been unreachable at commit time: no job exists for it
  const row = await db().notification.create({
    data: {
      channel: 'email',
      template: 't',
      language: 'nl',
      recipient: 'verloren@example.be',
      subject: `verloren ${ticket.reference}`,
      bodyText: 'x',
      ticketId: ticket.id,
      createdAt: new Date(Date.now() - 60_000),
    },
  });
  worker = startOutboxWorker();
  const { scheduleOutboxSweep } = await import('../../src/notifications/jobs');
  await scheduleOutboxSweep();
  await eventually(
    async () => (await db().notification.findUniqueOrThrow({ where: { id: row.id } })).status === 'sent',
    15000,
    'sweeper',
  );
  expect(mailbox.messages.filter((m) => m.subject === `verloren ${ticket.reference}`)).toHaveLength(1);
});

test('after the last attempt the notification is marked failed with the error, for an agent to see', async () => {
  const ticket = await makeTicket();
  const row = await db().notification.create({
    data: {
      channel: 'email',
      template: 't',
      language: 'nl',
      recipient: 'nooit@example.be',
      subject: 'nooit',
      bodyText: 'x',
      ticketId: ticket.id,
      attempts: 11,
    },
  });
  mailbox.refuseNext(1);
  expect(await deliverNotification(row.id)).toBe('failed');
  const after = await db().notification.findUniqueOrThrow({ where: { id: row.id } });
  expect(after.status).toBe('failed');
  expect(after.lastError).toMatch(/451|temporarily unavailable/);
});
