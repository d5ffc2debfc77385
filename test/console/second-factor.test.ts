import request from 'supertest';
import { generateSync } from 'otplib';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { makeUser, PASSWORD } from '../support/factories';

const app = buildApp();

test('an administrator without an authenticator app sets one up before anything else, and needs a code from then on', async () => {
  const admin = await makeUser('admin', [], 'Nieuwe Beheerder', { totp: false });
  const agent = request.agent(app);
  const login = await agent.post('/api/auth/login').send({ email: admin.email, password: PASSWORD }).expect(200);
  expect(login.body.secondFactor).toBe('setup');
  const csrf = login.body.csrfToken;
  const blocked = await agent.get('/api/admin/tickets');
  expect(blocked.status).toBe(401);
  expect(blocked.body.message).toMatch(/authenticator app/);
  expect((await agent.get('/api/auth/me')).body.secondFactor).toBe('setup');

  const setup = await agent.get('/api/auth/totp/setup').expect(200);
  expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Voordeur:.+\?secret=[A-Z2-7]+&issuer=Voordeur$/);
  expect((await agent.post('/api/auth/totp/enable').set('X-CSRF-Token', csrf).send({ code: '000000' })).status).toBe(
    401,
  );
  const enabled = await agent
    .post('/api/auth/totp/enable')
    .set('X-CSRF-Token', csrf)
    .send({ code: generateSync({ secret: setup.body.secret }) });
  expect(enabled.status).toBe(200);
  expect((await agent.get('/api/admin/tickets')).status).toBe(200);
  const stored = await db().user.findUniqueOrThrow({ where: { id: admin.id } });
  expect(stored.totpSecretEnc).not.toContain(setup.body.secret);

  const next = request.agent(app);
  const second = await next.post('/api/auth/login').send({ email: admin.email, password: PASSWORD }).expect(200);
  expect(second.body.secondFactor).toBe('required');
  expect((await next.get('/api/admin/users')).status).toBe(401);
  expect(
    (await next.post('/api/auth/totp/verify').set('X-CSRF-Token', second.body.csrfToken).send({ code: '12345' }))
      .status,
  ).toBe(400);
  expect(
    (await next.post('/api/auth/totp/verify').set('X-CSRF-Token', second.body.csrfToken).send({ code: '000000' }))
      .status,
  ).toBe(401);
  await next
    .post('/api/auth/totp/verify')
    .set('X-CSRF-Token', second.body.csrfToken)
    .send({ code: generateSync({ secret: setup.body.secret }) })
    .expect(200);
  expect((await next.get('/api/admin/users')).status).toBe(200);
});

test('agents log in with their password alone', async () => {
  const user = await makeUser('agent');
  const agent = request.agent(app);
  const login = await agent.post('/api/auth/login').send({ email: user.email, password: PASSWORD }).expect(200);
  expect(login.body.secondFactor).toBe('ok');
  expect((await agent.get('/api/admin/tickets')).status).toBe(200);
});
