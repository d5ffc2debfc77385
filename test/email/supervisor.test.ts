import { db } from '../../src/db';
import { MailboxSupervisor } from '../../src/channels/email/mailboxes/supervisor';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import { emailWorld, newMessageId, rawEmail } from './support';

test('each active mailbox is read by exactly one of the running workers, and a switched-off one by none', async () => {
  const world = await emailWorld();
  const a = await new MailboxSupervisor().start();
  const b = await new MailboxSupervisor().start();
  onTeardown(() => a.stop());
  onTeardown(() => b.stop());
  const ids = Array.from({ length: 10 }, newMessageId);
  for (const id of ids) await world.dovecot.append(world.info, rawEmail({ messageId: id, subject: `Bericht ${id}` }));
  await eventually(
    async () => ((await db().message.count({ where: { externalId: { in: ids } } })) === 10 ? true : undefined),
    20000,
    'ten messages',
  );
  const locks = await db().$queryRaw<
    { n: bigint }[]
  >`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
  expect(Number(locks[0].n)).toBe(1);

  await db().mailbox.update({ where: { id: world.mailbox.id }, data: { active: false, configuredAt: new Date() } });
  await Promise.all([a.rescan(), b.rescan()]);
  const late = newMessageId();
  await world.dovecot.append(world.info, rawEmail({ messageId: late, subject: 'Na het uitschakelen' }));
  await new Promise((r) => setTimeout(r, 2500));
  expect(await db().message.count({ where: { externalId: late } })).toBe(0);
  const after = await db().$queryRaw<
    { n: bigint }[]
  >`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
  expect(Number(after[0].n)).toBe(0);
}, 60000);
