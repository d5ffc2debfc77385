import './smallMessageLimit';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { listUrl, loginAs, makeUser, type Console } from '../support/factories';
import { eventually } from '../support/wait';
import { emailWorld, rawEmail, type EmailWorld } from './support';

const app = buildApp();
let world: EmailWorld;
let admin: Console;

beforeAll(async () => {
  world = await emailWorld();
  world.runner();
  admin = await loginAs(app, await makeUser('admin'));
}, 30000);

const held = () => db().quarantinedEmail.findMany({ where: { status: 'held' }, orderBy: { createdAt: 'asc' } });

test('a message that cannot be parsed, or has no sender, is kept raw in quarantine and marked processed', async () => {
  await world.dovecot.append(
    world.info,
    Buffer.from('\u0000\u0001\u0002 this is not an email at all \u0000\r\n\r\n\u00ff\u00fe'),
  );
  await world.dovecot.append(world.info, rawEmail({ from: 'undisclosed-recipients:;', subject: 'Zonder afzender' }));
  const rows = await eventually(
    async () => ((await held()).length >= 2 ? await held() : undefined),
    15000,
    'two in quarantine',
  );
  expect(rows.map((r) => r.reason).sort()).toEqual(['no_sender', 'unparseable']);
  expect(rows.every((r) => r.storageKey)).toBe(true);
  await eventually(
    async () => (await world.dovecot.messages(world.info)).every((m) => m.flags.includes('\\Seen')) || undefined,
  );
  expect(await db().ticket.count({ where: { channel: 'email' } })).toBe(0);

  const list = await admin.get(listUrl('quarantine', { filter: { status: 'held' } })).expect(200);
  expect(list.body).toHaveLength(2);
  const noSender = list.body.find((q: { reason: string }) => q.reason === 'no_sender');
  expect(noSender.subject).toBe('Zonder afzender');
  const raw = await admin.get(noSender.rawUrl).expect(200);
  expect(raw.headers['content-type']).toMatch(/message\/rfc822/);

  const retried = await admin.post(`/api/admin/quarantine/${noSender.id}/retry`).expect(200);
  expect(retried.body).toMatchObject({ status: 'held', attempts: 1, reason: 'no_sender' });
  const dismissed = await admin.post(`/api/admin/quarantine/${noSender.id}/dismiss`).expect(200);
  expect(dismissed.body.status).toBe('dismissed');
});

test('a processing error is retried from quarantine into a ticket once the cause is gone', async () => {
  const row = await db().quarantinedEmail.create({
    data: {
      mailboxId: world.mailbox.id,
      reason: 'processing_error',
      error: 'database was unavailable',
      size: 10,
      storageKey: (
        await (
          await import('../../src/attachments/storage')
        )
          .blobStore()
          .put(Buffer.from(rawEmail({ from: 'herstel@example.be', subject: 'Na een fout' })))
      ).key,
    },
  });
  const res = await admin.post(`/api/admin/quarantine/${row.id}/retry`).expect(200);
  expect(res.body.status).toBe('resolved');
  const ticket = await db().ticket.findUniqueOrThrow({ where: { id: res.body.ticketId } });
  expect(ticket.subject).toBe('Na een fout');
});

test('a message over the size limit is kept in quarantine by its headers and its sender is told why', async () => {
  const big = rawEmail({ from: 'groot@example.be', subject: 'Heel grote bijlage', body: 'x'.repeat(120 * 1024) });
  await world.dovecot.append(world.info, big);
  const row = await eventually(
    async () => (await db().quarantinedEmail.findFirst({ where: { reason: 'too_large' } })) ?? undefined,
    15000,
    'too large kept',
  );
  expect(row).toMatchObject({ fromAddress: 'groot@example.be', subject: 'Heel grote bijlage', storageKey: null });
  const notice = await eventually(
    async () => world.smtp.messages.find((m) => m.subject?.includes('te groot')),
    15000,
    'notice to the sender',
  );
  expect(notice.to && 'text' in notice.to ? notice.to.text : '').toContain('groot@example.be');
  expect(notice.text).toContain('maximaal 0.1 MB');
});

test('only administrators see the quarantine', async () => {
  const agent = await loginAs(app, await makeUser('agent'));
  expect((await agent.get('/api/admin/quarantine')).status).toBe(403);
});
