import request from 'supertest';
import { generateSync } from 'otplib';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { loginAs, makeUser, PASSWORD } from '../support/factories';

const app = buildApp();

/** An administrator who sets up the app now: returns the secret and the ten recovery codes shown at the setup. */
async function enrol() {
  const admin = await makeUser('admin', [], 'Beheerder Met Codes', { totp: false });
  const agent = request.agent(app);
  const login = await agent.post('/api/auth/login').send({ email: admin.email, password: PASSWORD }).expect(200);
  const setup = await agent.get('/api/auth/totp/setup').expect(200);
  const enabled = await agent
    .post('/api/auth/totp/enable')
    .set('X-CSRF-Token', login.body.csrfToken)
    .send({ code: generateSync({ secret: setup.body.secret }) })
    .expect(200);
  return { admin, secret: setup.body.secret as string, codes: enabled.body.recoveryCodes as string[], agent };
}

/** Password done, second factor still to come: a fresh browser. */
async function halfLoggedIn(email: string) {
  const agent = request.agent(app);
  const login = await agent.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
  expect(login.body.secondFactor).toBe('required');
  const csrf = login.body.csrfToken as string;
  return {
    agent,
    useCode: (code: unknown) => agent.post('/api/auth/recovery-codes/verify').set('X-CSRF-Token', csrf).send({ code }),
  };
}

test('the setup shows ten recovery codes once, stored only as hashes; each gets an administrator in once', async () => {
  const { admin, codes } = await enrol();
  expect(codes).toHaveLength(10);
  expect(new Set(codes).size).toBe(10);
  for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  const stored = await db().recoveryCode.findMany({ where: { userId: admin.id } });
  expect(stored).toHaveLength(10);
  for (const row of stored) {
    expect(row.codeHash).toMatch(/^\$argon2id\$/);
    for (const c of codes) expect(row.codeHash).not.toContain(c.replace('-', ''));
  }

  const first = await halfLoggedIn(admin.email);
  // typed from paper: capitals and spaces instead of the dash are fine
  const used = await first.useCode(codes[3].toUpperCase().replace('-', ' '));
  expect(used.status).toBe(200);
  expect(used.body).toMatchObject({ secondFactor: 'ok', recoveryCodesLeft: 9 });
  expect((await first.agent.get('/api/admin/users')).status).toBe(200);

  const again = await halfLoggedIn(admin.email);
  const reused = await again.useCode(codes[3]);
  expect(reused.status).toBe(401);
  expect(reused.body.message).toMatch(/used already; each code works only once/);
  expect((await again.agent.get('/api/admin/users')).status).toBe(401);
  const wrong = await again.useCode('aaaaa-bbbbb');
  expect(wrong.status).toBe(401);
  const malformed = await again.useCode('123456');
  expect(malformed.status).toBe(400);
  expect(JSON.stringify(malformed.body)).toMatch(/10 letters and digits/);
  expect((await again.useCode(codes[4])).body.recoveryCodesLeft).toBe(8);
  // two wrong codes counted as failed logins, the right one cleared them, as with the app's codes
  expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).failedLoginCount).toBe(0);
});

test('wrong recovery codes count as failed logins: guessing locks the account', async () => {
  const { admin, codes } = await enrol();
  const session = await halfLoggedIn(admin.email);
  await db().user.update({ where: { id: admin.id }, data: { failedLoginCount: 9 } });
  const locked = await session.useCode('aaaaa-bbbbb');
  expect(locked.status).toBe(423);
  // while locked even a right code does not get in
  expect((await session.useCode(codes[0])).status).toBe(423);
  expect(await db().recoveryCode.count({ where: { userId: admin.id, usedAt: null } })).toBe(10);
});

test('new recovery codes from the account replace the old ones', async () => {
  const { admin, codes } = await enrol();
  const inside = await halfLoggedIn(admin.email);
  await inside.useCode(codes[0]).expect(200);
  const csrf = (await inside.agent.get('/api/auth/me')).body.csrfToken;
  expect((await inside.agent.get('/api/auth/recovery-codes')).body).toEqual({ left: 9 });

  const made = await inside.agent.post('/api/auth/recovery-codes').set('X-CSRF-Token', csrf).send({});
  expect(made.status).toBe(201);
  expect(made.body.codes).toHaveLength(10);
  expect((await inside.agent.get('/api/auth/recovery-codes')).body).toEqual({ left: 10 });
  // without the CSRF header nothing is made
  expect((await inside.agent.post('/api/auth/recovery-codes').send({})).status).toBe(403);
  expect((await inside.agent.get('/api/auth/recovery-codes')).body).toEqual({ left: 10 });

  const next = await halfLoggedIn(admin.email);
  expect((await next.useCode(codes[1])).status).toBe(401);
  expect((await next.useCode(made.body.codes[1])).status).toBe(200);
});

test('another administrator resets a lost second factor: audited, sessions ended, set up again at the next login', async () => {
  const { admin: lost, secret, agent: lostSession } = await enrol();
  const colleague = await loginAs(app, await makeUser('admin', [], 'Collega Beheerder'));
  const user = await colleague.get(`/api/admin/users/${lost.id}`);
  expect(user.body.secondFactor).toBe(true);

  const reset = await colleague.post(`/api/admin/users/${lost.id}/second-factor/reset`);
  expect(reset.status).toBe(204);
  expect((await colleague.get(`/api/admin/users/${lost.id}`)).body.secondFactor).toBe(false);
  const entry = await db().auditEntry.findFirstOrThrow({
    where: { entityType: 'user', entityId: lost.id, action: 'change' },
  });
  expect(entry.actorUserId).not.toBe(lost.id);
  expect(entry.details).toMatchObject({ changes: { secondFactor: { from: 'set up', to: 'reset' } } });
  const actor = await db().user.findUniqueOrThrow({ where: { id: entry.actorUserId! } });
  expect(actor.name).toBe('Collega Beheerder');
  expect(await db().recoveryCode.count({ where: { userId: lost.id } })).toBe(0);

  // the session the lost phone was used for has ended
  expect((await lostSession.get('/api/admin/users')).status).toBe(401);
  const back = request.agent(app);
  const login = await back.post('/api/auth/login').send({ email: lost.email, password: PASSWORD }).expect(200);
  expect(login.body.secondFactor).toBe('setup');
  const setup = await back.get('/api/auth/totp/setup').expect(200);
  expect(setup.body.secret).not.toBe(secret);

  const agent = await makeUser('agent');
  const nothing = await colleague.post(`/api/admin/users/${agent.id}/second-factor/reset`);
  expect(nothing.status).toBe(409);
  expect(nothing.body.message).toMatch(/no second factor set up/);
});

test('nobody resets their own second factor that way, and only administrators reset others', async () => {
  const admin = await makeUser('admin');
  const me = await loginAs(app, admin);
  const own = await me.post(`/api/admin/users/${admin.id}/second-factor/reset`);
  expect(own.status).toBe(400);
  expect(own.body.message).toMatch(/cannot reset your own second factor/);
  expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).totpEnabledAt).not.toBeNull();

  const agent = await loginAs(app, await makeUser('agent'));
  const refused = await agent.post(`/api/admin/users/${admin.id}/second-factor/reset`);
  expect(refused.status).toBe(403);
  expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).totpEnabledAt).not.toBeNull();
  expect((await me.post('/api/admin/users/not-a-uuid/second-factor/reset')).status).toBe(400);
  // without the CSRF header the reset is refused
  expect((await me.agent.post(`/api/admin/users/${admin.id}/second-factor/reset`).send({})).status).toBe(403);
});
