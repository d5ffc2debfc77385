import { db } from '../../src/db';
import { releaseWaiting, startOutboxWorker } from '../../src/notifications/jobs';
import { claimDue, deliverNotification } from '../../src/notifications/deliver';
import type { OutboxRelay } from '../../src/notifications/relay';
import { makeNotification, makeTicket } from '../support/factories';
import { startMailbox, type Mailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import { intake } from '../../src/intake/intake';

let mailbox: Mailbox;
let worker: OutboxRelay | undefined;

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
  await worker!.close();
  worker = undefined;
});

test('a failed send waits for its backoff, doubling with the row’s own attempts', async () => {
  const ticket = await makeTicket();
  const row = await makeNotification({
    recipient: 'later@example.be',
    subject: `later ${ticket.reference}`,
    ticketId: ticket.id,
    attempts: 2,
  });
  mailbox.refuseNext(1);
  const before = Date.now();
  expect(await deliverNotification(row.id)).toBe('retry');
  const after = await db().notification.findUniqueOrThrow({ where: { id: row.id } });
  expect(after).toMatchObject({ status: 'pending', attempts: 3, lockedAt: null });
  // OUTBOX_RETRY_BASE_MS (200 in the tests) × 2^(attempts − 1)
  expect(after.sendAfter!.getTime() - before).toBeGreaterThanOrEqual(800);
  expect(after.sendAfter!.getTime() - before).toBeLessThan(800 + 5000);
  // not due yet: nobody claims it
  expect((await claimDue(100)).map((n) => n.id)).not.toContain(row.id);
  expect(await deliverNotification(row.id)).toBe('retry');
});

test('a sent notification is never sent again, whoever asks: a second call, a relay starting, a wake-up of every relay', async () => {
  const ticket = await makeTicket();
  const id = (
    await makeNotification({
      recipient: 'eenmaal@example.be',
      subject: `eenmaal ${ticket.reference}`,
      ticketId: ticket.id,
    })
  ).id;
  expect(await deliverNotification(id)).toBe('sent');
  expect(await deliverNotification(id)).toBe('skipped');
  worker = startOutboxWorker();
  await releaseWaiting(['email']);
  await new Promise((r) => setTimeout(r, 500));
  expect(await claimDue(100)).toEqual([]);
  expect(mailbox.messages.filter((m) => m.subject === `eenmaal ${ticket.reference}`)).toHaveLength(1);
  await worker.close();
  worker = undefined;
});

test('a row written while no relay ran is sent when one starts', async () => {
  const ticket = await makeTicket();
  const row = await makeNotification({
    recipient: 'verloren@example.be',
    subject: `verloren ${ticket.reference}`,
    ticketId: ticket.id,
    createdAt: new Date(Date.now() - 60_000),
  });
  worker = startOutboxWorker();
  await eventually(
    async () => (await db().notification.findUniqueOrThrow({ where: { id: row.id } })).status === 'sent',
    15000,
    'the first pass',
  );
  expect(mailbox.messages.filter((m) => m.subject === `verloren ${ticket.reference}`)).toHaveLength(1);
  await worker.close();
  worker = undefined;
});

test('a row whose signal never came (its transaction committed after it, the listening connection was down) is found by the safety net', async () => {
  worker = startOutboxWorker();
  // let the relay's first pass and LISTEN happen; a row written straight to the table sends no signal
  await new Promise((r) => setTimeout(r, 500));
  {
    const ticket = await makeTicket();
    const row = await makeNotification({
      recipient: 'stil@example.be',
      subject: `stil ${ticket.reference}`,
      ticketId: ticket.id,
    });
    // OUTBOX_SWEEP_INTERVAL_MS is 1 s in the tests
    await eventually(
      async () => (await db().notification.findUniqueOrThrow({ where: { id: row.id } })).status === 'sent',
      15000,
      'the safety net',
    );
    expect(mailbox.messages.filter((m) => m.subject === `stil ${ticket.reference}`)).toHaveLength(1);
  }
  await worker.close();
  worker = undefined;
});

test('a row leased by a worker is not taken while the lease runs, and is taken once it ran out without renewal', async () => {
  const ticket = await makeTicket();
  const lease = 20_000; // OUTBOX_LEASE_MS's default
  const held = (ago: number) =>
    makeNotification({
      recipient: 'lease@example.be',
      subject: `lease ${ticket.reference}`,
      ticketId: ticket.id,
      status: 'sending',
      attempts: 1,
      lockedAt: new Date(Date.now() - ago),
    });
  const running = await held(lease - 3000);
  const expired = await held(lease + 1000);
  const claimed = (await claimDue(100)).map((n) => n.id);
  expect(claimed).toContain(expired.id);
  expect(claimed).not.toContain(running.id);
  expect(await db().notification.findUniqueOrThrow({ where: { id: expired.id } })).toMatchObject({ attempts: 2 });
});

test('after the last attempt the notification is marked failed with the error, for an agent to see', async () => {
  const ticket = await makeTicket();
  const row = await makeNotification({
    recipient: 'nooit@example.be',
    subject: 'nooit',
    ticketId: ticket.id,
    attempts: 11,
  });
  mailbox.refuseNext(1);
  expect(await deliverNotification(row.id)).toBe('failed');
  const after = await db().notification.findUniqueOrThrow({ where: { id: row.id } });
  expect(after.status).toBe('failed');
  expect(after.lastError).toMatch(/451|temporarily unavailable/);
});
