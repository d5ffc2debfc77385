import { db } from '../../src/db';
import { OutboxRelay } from '../../src/notifications/relay';
import { signalOutbox } from '../../src/notifications/outbox';
import { nextDueInMs } from '../../src/notifications/deliver';
import { startMailbox, type Mailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

let mailbox: Mailbox;
const relays: OutboxRelay[] = [];

beforeAll(async () => {
  mailbox = await startMailbox();
  onTeardown(() => mailbox.close());
  onTeardown(() => Promise.all(relays.map((r) => r.close())));
});

test('a batch of rows written in one transaction is sent by two competing relays, each row exactly once', async () => {
  // two relays, as in two worker processes: each listens on its own connection and claims with SKIP LOCKED
  relays.push(new OutboxRelay().start(), new OutboxRelay().start());
  await new Promise((r) => setTimeout(r, 300));
  const n = 300;
  const ids = await db().$transaction(async (tx) =>
    (
      await tx.notification.createManyAndReturn({
        data: Array.from({ length: n }, (_, i) => ({
          channel: 'email' as const,
          template: 'acknowledgement',
          language: 'nl' as const,
          recipient: `partij-${i}@example.be`,
          subject: `Partij ${i}`,
          bodyText: 'x',
        })),
        select: { id: true },
      })
    ).map((r) => r.id),
  );
  // what addToOutbox's writers do after their commit
  signalOutbox();
  await eventually(
    async () => (await db().notification.count({ where: { id: { in: ids }, status: 'sent' } })) === n || undefined,
    60_000,
    'all rows sent',
  );
  // a moment for anything sent twice to arrive
  await new Promise((r) => setTimeout(r, 500));
  const received = mailbox.messages.map((m) => m.messageId);
  expect(received).toHaveLength(n);
  expect(new Set(received)).toEqual(new Set(ids.map((id) => `<${id}@testdorp.example>`)));
  const rows = await db().notification.findMany({ where: { id: { in: ids } }, select: { attempts: true } });
  expect(rows.every((r) => r.attempts === 1)).toBe(true);
  // both took part
  expect(relays[0].sent + relays[1].sent).toBe(n);
  expect(relays[0].sent).toBeGreaterThan(0);
  expect(relays[1].sent).toBeGreaterThan(0);
}, 90_000);

test('with nothing waiting, the relays wait for a signal or their sweep instead of asking PostgreSQL over and over', async () => {
  // two relays of its own, so the test does not depend on the one above having run; any rows it left are sent
  relays.push(new OutboxRelay().start(), new OutboxRelay().start());
  await eventually(async () => (await nextDueInMs()) === undefined || undefined, 10_000, 'nothing waiting');
  // counted by the relays themselves: PostgreSQL's commit counter counts every session of the database, autovacuum's
  // included (it read 104 in three idle seconds once, on a busy CI machine). When "nothing is waiting" read as "due
  // now", each relay made about 140 passes a second, three queries each.
  const passes = () => relays.slice(-2).reduce((n, r) => n + r.passes, 0);
  const before = passes();
  await new Promise((r) => setTimeout(r, 3000));
  // a pass per sweep interval (1 s in the tests) and relay, and one for each signal that may come in between
  expect(passes() - before).toBeLessThanOrEqual(10);

  // and what is waiting is told: a row delayed by a minute falls due in about a minute
  const delayed = await db().notification.create({
    data: {
      channel: 'email',
      template: 'acknowledgement',
      language: 'nl',
      recipient: 'later@example.be',
      subject: 'Later',
      bodyText: 'x',
      sendAfter: new Date(Date.now() + 60_000),
    },
  });
  const due = await nextDueInMs();
  expect(due).toBeGreaterThan(55_000);
  expect(due).toBeLessThanOrEqual(60_000);
  await db().notification.delete({ where: { id: delayed.id } });
}, 30_000);
