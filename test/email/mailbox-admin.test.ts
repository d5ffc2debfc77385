import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { loginAs, makeUser, type Console } from '../support/factories';
import { startDovecot, type Dovecot } from '../support/dovecot';
import { onTeardown } from '../support/teardown';

const app = buildApp();
let admin: Console;
let dovecot: Dovecot;
const user = { user: 'burgerzaken@testdorp.example', password: 'juist-wachtwoord' };

beforeAll(async () => {
  dovecot = await startDovecot([user]);
  onTeardown(() => dovecot.stop());
  admin = await loginAs(app, await makeUser('admin'));
}, 30000);

test('an administrator adds a mailbox; its password is stored encrypted and never shown again', async () => {
  const res = await admin.post('/api/admin/mailboxes', {
    name: 'Burgerzaken',
    address: 'burgerzaken@testdorp.example',
    imapHost: dovecot.host,
    imapPort: dovecot.port,
    imapTls: false,
    imapUser: user.user,
    imapPassword: user.password,
    processedFolder: 'Verwerkt',
  });
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ folder: 'INBOX', hasPassword: true, health: 'waiting' });
  expect(JSON.stringify(res.body)).not.toContain(user.password);
  const row = await db().mailbox.findUniqueOrThrow({ where: { id: res.body.id } });
  expect(row.imapPasswordEnc).not.toContain(user.password);
  expect(row.imapPasswordEnc).toMatch(/^v1:/);

  await dovecot.append(user, 'From: a@example.be\r\nSubject: x\r\nMessage-ID: <a@b>\r\n\r\nhallo\r\n');
  const ok = await admin.post(`/api/admin/mailboxes/${res.body.id}/test`).expect(200);
  expect(ok.body).toEqual({ ok: true, messages: 1 });

  // a new password is only stored when given; an empty one keeps the old
  await admin.put(`/api/admin/mailboxes/${res.body.id}`, { imapPassword: '' }).expect(200);
  expect((await admin.post(`/api/admin/mailboxes/${res.body.id}/test`)).body.ok).toBe(true);
  await admin.put(`/api/admin/mailboxes/${res.body.id}`, { imapPassword: 'fout-wachtwoord' }).expect(200);
  const bad = await admin.post(`/api/admin/mailboxes/${res.body.id}/test`).expect(200);
  expect(bad.body.ok).toBe(false);
  expect(bad.body.error).toMatch(/Login refused|auth/i);
});

test('bad settings get a 400 per field; agents cannot see mailboxes', async () => {
  const res = await admin.post('/api/admin/mailboxes', {
    name: 'X',
    address: 'geen-adres',
    imapHost: 'mail server',
    imapUser: '',
    imapPassword: 'x',
  });
  expect(res.status).toBe(400);
  expect(Object.keys(res.body.errors).sort()).toEqual(['address', 'imapHost', 'imapUser', 'name']);
  const agent = await loginAs(app, await makeUser('agent'));
  expect((await agent.get('/api/admin/mailboxes')).status).toBe(403);
});
