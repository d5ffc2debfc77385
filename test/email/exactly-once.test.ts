import { getEventListeners } from 'node:events';
import { db } from '../../src/db';
import { eventually } from '../support/wait';
import { emailWorld, newMessageId, rawEmail, waitForMessages, type EmailWorld } from './support';

let world: EmailWorld;

beforeAll(async () => {
  world = await emailWorld({ extraUsers: [{ user: 'burgerzaken@testdorp.example', password: 'geheim-bz' }] });
}, 30000);

test('the same message delivered twice is stored once', async () => {
  const runner = world.runner();
  const id = newMessageId();
  const raw = rawEmail({ messageId: id, subject: 'Twee keer bezorgd' });
  await world.dovecot.append(world.info, raw);
  await world.dovecot.append(world.info, raw);
  await eventually(
    async () => (await world.dovecot.messages(world.info)).every((m) => m.flags.includes('\\Seen')) || undefined,
    15000,
    'both marked seen',
  );
  expect(await db().message.count({ where: { externalId: id } })).toBe(1);
  await runner.stop();
});

test('a worker killed in the middle of a batch, and restarted, loses and doubles nothing', async () => {
  const before = await db().message.count({ where: { channel: 'email' } });
  const raws = Array.from({ length: 20 }, (_, i) =>
    rawEmail({ subject: `Melding ${i + 1}`, from: `burger${i}@example.be` }),
  );
  await world.dovecot.appendMany(world.info, raws);
  let processed = 0;
  // the crash comes after the 8th ticket is committed and before that mail is marked processed on the server;
  // the ingests already running beside it finish (in a real crash they would be rolled back or committed whole)
  const crashing = world.runner({
    afterIngest: () => {
      processed++;
      if (processed === 8) {
        crashing.crash();
        throw new Error('killed');
      }
    },
  });
  await eventually(async () => processed >= 8 || undefined, 20000, 'eight messages');
  await crashing.stop();
  const afterCrash = await db().message.count({ where: { channel: 'email' } });
  expect(afterCrash - before).toBeGreaterThanOrEqual(8);
  expect(afterCrash - before).toBeLessThan(20);
  const committed = new Set(
    (await db().ticket.findMany({ where: { subject: { startsWith: 'Melding ' } }, select: { subject: true } })).map(
      (t) => t.subject,
    ),
  );
  // nothing is marked read on the server before its ticket exists
  const seen = (await world.dovecot.messages(world.info)).filter(
    (m) => m.subject?.startsWith('Melding') && m.flags.includes('\\Seen'),
  );
  expect(seen.filter((m) => !committed.has(m.subject!))).toEqual([]);

  const restarted = world.runner();
  await waitForMessages(before + 20);
  await eventually(
    async () => (await world.dovecot.messages(world.info)).every((m) => m.flags.includes('\\Seen')) || undefined,
    15000,
    'all seen',
  );
  const subjects = (
    await db().ticket.findMany({ where: { subject: { startsWith: 'Melding ' } }, select: { subject: true } })
  )
    .map((t) => t.subject)
    .sort();
  expect(subjects).toEqual(Array.from({ length: 20 }, (_, i) => `Melding ${i + 1}`).sort());
  await restarted.stop();
});

test('a copy of the same mail in a second mailbox is not stored again', async () => {
  const { createMailbox } = await import('../../src/channels/email/mailboxes/service');
  const { MailboxRunner } = await import('../../src/channels/email/imapSync');
  const second = await createMailbox({
    name: 'Burgerzaken',
    address: 'burgerzaken@testdorp.example',
    imapHost: world.dovecot.host,
    imapPort: world.dovecot.port,
    imapTls: false,
    imapUser: 'burgerzaken@testdorp.example',
    imapPassword: 'geheim-bz',
    folder: 'INBOX',
  });
  const id = newMessageId();
  const raw = rawEmail({
    messageId: id,
    to: 'info@testdorp.example, burgerzaken@testdorp.example',
    subject: 'Aan twee adressen',
  });
  await world.dovecot.append(world.info, raw);
  await world.dovecot.append({ user: 'burgerzaken@testdorp.example', password: 'geheim-bz' }, raw);
  const a = world.runner();
  const b = new MailboxRunner(second.id).start();
  await eventually(
    async () => ((await db().mailbox.findUniqueOrThrow({ where: { id: second.id } })).lastUid >= 1n ? true : undefined),
    15000,
    'second mailbox read',
  );
  await eventually(async () => (await db().message.count({ where: { externalId: id } })) === 1 || undefined);
  await b.stop();
  await a.stop();
  expect(await db().message.count({ where: { externalId: id } })).toBe(1);
});

test('processed mail moves to the configured folder, and only after its ticket exists', async () => {
  await db().mailbox.update({ where: { id: world.mailbox.id }, data: { processedFolder: 'Verwerkt' } });
  const runner = world.runner();
  const id = newMessageId();
  await world.dovecot.append(world.info, rawEmail({ messageId: id, subject: 'Naar de map Verwerkt' }));
  // the folder only exists once the reader made it for the first move: until then listing it fails
  const inProcessed = () => world.dovecot.messages(world.info, 'Verwerkt').catch(() => []);
  await eventually(async () => (await inProcessed()).some((m) => m.messageId === id) || undefined, 15000, 'moved');
  expect(await db().message.count({ where: { externalId: id } })).toBe(1);
  expect((await world.dovecot.messages(world.info)).some((m) => m.messageId === id)).toBe(false);
  await runner.stop();
  await db().mailbox.update({ where: { id: world.mailbox.id }, data: { processedFolder: null } });
});

test('the reader survives the server going away and coming back, and says so meanwhile', async () => {
  const runner = world.runner();
  await eventually(
    async () => (await db().mailbox.findUniqueOrThrow({ where: { id: world.mailbox.id } })).lastSyncAt || undefined,
  );
  await world.dovecot.stop();
  await eventually(
    async () => (await db().mailbox.findUniqueOrThrow({ where: { id: world.mailbox.id } })).lastError || undefined,
    20000,
    'error recorded',
  );
  await world.dovecot.start();
  const id = newMessageId();
  await world.dovecot.append(world.info, rawEmail({ messageId: id, subject: 'Na de storing' }));
  await eventually(
    async () => (await db().message.count({ where: { externalId: id } })) === 1 || undefined,
    30000,
    'mail after the outage',
  );
  await eventually(
    async () =>
      (await db().mailbox.findUniqueOrThrow({ where: { id: world.mailbox.id } })).lastError === null ? true : undefined,
    10000,
    'error cleared',
  );
  // the waits between attempts leave nothing behind: a server away for days must not pile up listeners
  const { signal } = (runner as unknown as { abort: AbortController }).abort;
  expect(getEventListeners(signal, 'abort').length).toBeLessThanOrEqual(1);
  await runner.stop();
}, 60000);
