import request from 'supertest';
import { allRoutes, buildApp } from '../../src/app';
import { db } from '../../src/db';
import { listUrl, loginAs, makeDepartment, makeTicket, makeUser, PASSWORD, type Console } from '../support/factories';

const app = buildApp();
const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe('anonymous requests', () => {
  const adminRoutes = allRoutes().filter((r) => r.path.startsWith('/api/admin/'));

  test('the console API has its routes registered (the list below is not empty)', () => {
    expect(adminRoutes.length).toBeGreaterThan(25);
  });

  test.each(adminRoutes.map((r) => [r.method.toUpperCase(), r.path] as const))(
    '%s %s refuses an anonymous request',
    async (method, path) => {
      const url = path.replace(/:(\w+)/g, SOME_ID);
      const res = await request(app)[method.toLowerCase() as 'get'](url).send({});
      expect(res.status).toBe(401);
      expect(res.body.message).toBe('Log in first.');
    },
  );

  test('a forged session cookie is refused', async () => {
    const res = await request(app).get('/api/admin/tickets').set('Cookie', 'vd_session=forged-token-value');
    expect(res.status).toBe(401);
  });
});

describe('logging in', () => {
  test('a wrong password and an unknown address give the same answer', async () => {
    const user = await makeUser('agent');
    const wrong = await request(app).post('/api/auth/login').send({ email: user.email, password: 'not the password' });
    const unknown = await request(app)
      .post('/api/auth/login')
      .send({ email: 'nobody@testdorp.example', password: 'whatever' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  test('the session cookie is httpOnly; the password is stored as an argon2id hash', async () => {
    const user = await makeUser('agent');
    const res = await request(app)
      .post('/api/auth/login')
      .send({ email: user.email.toUpperCase(), password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.headers['set-cookie'][0]).toMatch(/^vd_session=[A-Za-z0-9_-]{43};.*HttpOnly/);
    expect(res.headers['set-cookie'][0]).toMatch(/SameSite=Lax/);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(res.body).toMatchObject({ id: user.id, role: 'agent', csrfToken: expect.any(String) });
  });

  test('me shows the identity; logout ends the session', async () => {
    const user = await makeUser('staff', [(await makeDepartment()).id]);
    const c = await loginAs(app, user);
    const me = await c.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ fullName: user.name, role: 'staff', departmentIds: [expect.any(String)] });
    await c.post('/api/auth/logout').expect(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    expect((await c.get('/api/admin/tickets')).status).toBe(401);
  });

  test('a deactivated user is logged out everywhere', async () => {
    const admin = await loginAs(app, await makeUser('admin'));
    const user = await makeUser('agent');
    const c = await loginAs(app, user);
    await admin.delete(`/api/admin/users/${user.id}`).expect(200);
    expect((await c.get('/api/admin/tickets')).status).toBe(401);
    expect((await request(app).post('/api/auth/login').send({ email: user.email, password: PASSWORD })).status).toBe(
      401,
    );
  });
});

describe('CSRF', () => {
  test('a logged-in change without the X-CSRF-Token header is refused and changes nothing', async () => {
    const c = await loginAs(app, await makeUser('agent'));
    const t = await makeTicket();
    const res = await c.agent.put(`/api/admin/tickets/${t.id}`).send({ status: 'closed' });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/X-CSRF-Token/);
    const wrong = await c.agent
      .put(`/api/admin/tickets/${t.id}`)
      .set('X-CSRF-Token', 'guess')
      .send({ status: 'closed' });
    expect(wrong.status).toBe(403);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).status).toBe('new');
  });
});

describe('department staff', () => {
  let staff: Console;
  let own: { id: string; contactId: string | null };
  let other: { id: string; contactId: string | null };
  let ownDept: string;
  let otherDept: string;

  beforeAll(async () => {
    ownDept = (await makeDepartment()).id;
    otherDept = (await makeDepartment()).id;
    staff = await loginAs(app, await makeUser('staff', [ownDept]));
    own = await makeTicket({ departmentId: ownDept, subject: 'Van mijn dienst' });
    other = await makeTicket({ departmentId: otherDept, subject: 'Van een andere dienst' });
    await makeTicket({ subject: 'Nog niet gerouteerd' });
  });

  test("see only their departments' tickets in the list and in search", async () => {
    const list = await staff.get(listUrl('tickets')).expect(200);
    expect(list.body.map((t: { id: string }) => t.id)).toEqual([own.id]);
    expect(list.headers['content-range']).toMatch(/\/1$/);
    const search = await staff.get(listUrl('tickets', { filter: { q: 'dienst' } })).expect(200);
    expect(search.body.map((t: { id: string }) => t.id)).toEqual([own.id]);
    const many = await staff.get(listUrl('tickets', { filter: { id: [own.id, other.id] } })).expect(200);
    expect(many.body.map((t: { id: string }) => t.id)).toEqual([own.id]);
  });

  test("cannot read another department's ticket, its messages, timeline or contact", async () => {
    expect((await staff.get(`/api/admin/tickets/${other.id}`)).status).toBe(404);
    expect((await staff.get(listUrl('messages', { filter: { ticketId: other.id } }))).body).toEqual([]);
    expect((await staff.get(listUrl('ticket-events', { filter: { ticketId: other.id } }))).body).toEqual([]);
    expect((await staff.get(`/api/admin/contacts/${other.contactId}`)).status).toBe(404);
    expect((await staff.get(`/api/admin/contacts/${own.contactId}`)).status).toBe(200);
  });

  test("cannot change, answer, annotate or merge another department's ticket", async () => {
    expect((await staff.put(`/api/admin/tickets/${other.id}`, { status: 'closed', version: 1 })).status).toBe(404);
    expect((await staff.post(`/api/admin/tickets/${other.id}/reply`, { body: 'x' })).status).toBe(404);
    expect((await staff.post(`/api/admin/tickets/${other.id}/notes`, { body: 'x' })).status).toBe(404);
    expect((await staff.post(`/api/admin/tickets/${own.id}/merge`, { targetId: other.id })).status).toBe(404);
    const untouched = await db().ticket.findUniqueOrThrow({ where: { id: other.id } });
    expect(untouched.status).toBe('new');
    expect(await db().message.count({ where: { ticketId: other.id } })).toBe(1);
  });

  test('can handle their own ticket, and hand it over to another department', async () => {
    await staff.post(`/api/admin/tickets/${own.id}/notes`, { body: 'Wij bekijken dit.' }).expect(201);
    expect(
      (
        await staff.edit(`/api/admin/tickets/${own.id}`, {
          departmentId: otherDept,
          reason: 'Hoort bij de andere dienst',
        })
      ).status,
    ).toBe(200);
    expect((await staff.get(`/api/admin/tickets/${own.id}`)).status).toBe(404);
  });

  test("cannot download another department's attachments", async () => {
    const t = await db().ticket.findUniqueOrThrow({ where: { id: other.id }, include: { messages: true } });
    const a = await db().attachment.create({
      data: {
        ticketId: t.id,
        messageId: t.messages[0].id,
        filename: 'x.png',
        contentType: 'image/png',
        size: 1,
        sha256: 'a'.repeat(64),
        storageKey: 'a'.repeat(64),
      },
    });
    expect((await staff.get(`/api/admin/attachments/${a.id}/download`)).status).toBe(404);
  });
});

describe('roles', () => {
  test('only administrators manage departments, categories and users', async () => {
    const agent = await loginAs(app, await makeUser('agent'));
    const staff = await loginAs(app, await makeUser('staff', [(await makeDepartment()).id]));
    for (const c of [agent, staff]) {
      expect((await c.post('/api/admin/departments', { name: 'Nieuwe dienst' })).status).toBe(403);
      expect((await c.post('/api/admin/categories', { code: 'nieuw', nameNl: 'Nieuw', nameEn: 'New' })).status).toBe(
        403,
      );
      expect(
        (
          await c.post('/api/admin/users', {
            email: 'x@y.be',
            name: 'X',
            role: 'admin',
            password: 'long enough password',
          })
        ).status,
      ).toBe(403);
      expect((await c.get('/api/admin/departments')).status).toBe(200);
    }
    expect((await staff.post('/api/admin/tickets', { subject: 'Telefoon', body: 'x', channel: 'phone' })).status).toBe(
      403,
    );
  });
});

describe('failed logins', () => {
  test('slow down, then lock the account for a while and tell its owner; the right password works again afterwards', async () => {
    const user = await makeUser('agent');
    const attempt = (password: string) => request(app).post('/api/auth/login').send({ email: user.email, password });
    for (let i = 0; i < 9; i++) expect((await attempt('wrong password')).status).toBe(401);
    const locking = await attempt('wrong password');
    expect(locking.status).toBe(423);
    expect(locking.body.message).toMatch(/locked until \d\d:\d\d/);
    expect((await attempt(PASSWORD)).status).toBe(423);
    const told = await db().notification.findFirstOrThrow({
      where: { recipient: user.email, template: 'account_locked' },
    });
    expect(told.bodyText).toContain('10 keer');
    await db().user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await attempt(PASSWORD)).status).toBe(200);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(0);
  });
});
