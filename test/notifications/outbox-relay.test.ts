import { db } from '../../src/db';
import { OutboxRelay } from '../../src/notifications/relay';
import { signalOutbox } from '../../src/notifications/outbox';
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
