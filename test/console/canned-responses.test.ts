import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import {
  listUrl,
  loginAs,
  makeCategory,
  makeDepartment,
  makeTicket,
  makeUser,
  type Console,
} from '../support/factories';

const app = buildApp();
let agent: Console;
let admin: Console;
let burgerzakenStaff: Console;
let werkenStaff: Console;
let burgerzaken: string;
let werken: string;

const titles = async (who: Console) =>
  ((await who.get(listUrl('canned-responses', { range: [0, 99] })).expect(200)).body as { title: string }[])
    .map((r) => r.title)
    .sort();

beforeAll(async () => {
  burgerzaken = (await makeDepartment('Burgerzaken')).id;
  werken = (await makeDepartment('Openbare Werken')).id;
  agent = await loginAs(app, await makeUser('agent', [], 'Sofie Peeters'));
  admin = await loginAs(app, await makeUser('admin', [], 'Beheerder'));
  burgerzakenStaff = await loginAs(app, await makeUser('staff', [burgerzaken], 'Els Wouters'));
  werkenStaff = await loginAs(app, await makeUser('staff', [werken], 'Koen Maes'));
});

test('canned replies are written, read, changed and removed; the list searches titles', async () => {
  const created = await agent.post('/api/admin/canned-responses', {
    title: 'Openingsuren',
    bodyNl: 'Beste {{name}}, we zijn open van 9 tot 12 uur.',
    bodyEn: 'Dear {{name}}, we are open from 9 to 12.',
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({
    title: 'Openingsuren',
    scope: 'shared',
    departmentId: null,
    ownerId: null,
    addTags: [],
    setStatus: null,
  });
  const id = created.body.id as string;
  expect((await agent.get(`/api/admin/canned-responses/${id}`).expect(200)).body.bodyEn).toBe(
    'Dear {{name}}, we are open from 9 to 12.',
  );
  const changed = await agent.put(`/api/admin/canned-responses/${id}`, { title: 'Openingsuren stadhuis' }).expect(200);
  expect(changed.body).toMatchObject({
    title: 'Openingsuren stadhuis',
    bodyNl: 'Beste {{name}}, we zijn open van 9 tot 12 uur.',
  });
  const found = await agent.get(listUrl('canned-responses', { filter: { q: 'stadhuis' } })).expect(200);
  expect(found.headers['content-range']).toBe('canned-responses 0-0/1');
  await agent.delete(`/api/admin/canned-responses/${id}`).expect(200);
  expect((await agent.get(`/api/admin/canned-responses/${id}`)).status).toBe(404);
});

test('shared ones are seen by all, department ones by its members (and agents and admins), personal ones only by their owner', async () => {
  const me = (await agent.get('/api/auth/me')).body.id as string;
  await admin.post('/api/admin/canned-responses', { title: 'V gedeeld', bodyNl: 'Gedeeld' }).expect(201);
  await burgerzakenStaff
    .post('/api/admin/canned-responses', {
      title: 'V burgerzaken',
      bodyNl: 'Voor Burgerzaken',
      departmentId: burgerzaken,
    })
    .expect(201);
  await agent
    .post('/api/admin/canned-responses', { title: 'V persoonlijk', bodyNl: 'Alleen voor mij', ownerId: me })
    .expect(201);

  const v = (list: string[]) => list.filter((t) => t.startsWith('V '));
  expect(v(await titles(agent))).toEqual(['V burgerzaken', 'V gedeeld', 'V persoonlijk']);
  expect(v(await titles(admin))).toEqual(['V burgerzaken', 'V gedeeld']);
  expect(v(await titles(burgerzakenStaff))).toEqual(['V burgerzaken', 'V gedeeld']);
  expect(v(await titles(werkenStaff))).toEqual(['V gedeeld']);

  const personal = (await agent.get(listUrl('canned-responses', { filter: { q: 'V persoonlijk' } }))).body[0];
  expect(personal.scope).toBe('personal');
  expect((await admin.get(`/api/admin/canned-responses/${personal.id}`)).status).toBe(404);
  expect((await admin.put(`/api/admin/canned-responses/${personal.id}`, { title: 'Overgenomen' })).status).toBe(404);
});

test('department staff write only for their own departments or themselves; nobody writes a personal one for someone else', async () => {
  expect(
    (await werkenStaff.post('/api/admin/canned-responses', { title: 'Gedeeld door staff', bodyNl: 'x' })).status,
  ).toBe(403);
  expect(
    (
      await werkenStaff.post('/api/admin/canned-responses', {
        title: 'Andermans dienst',
        bodyNl: 'x',
        departmentId: burgerzaken,
      })
    ).status,
  ).toBe(403);
  const own = await werkenStaff.post('/api/admin/canned-responses', {
    title: 'Eigen dienst',
    bodyNl: 'x',
    departmentId: werken,
  });
  expect(own.status).toBe(201);
  expect(
    (await burgerzakenStaff.put(`/api/admin/canned-responses/${own.body.id}`, { title: 'Niet van mij' })).status,
  ).toBe(404);
  const someoneElse = (await burgerzakenStaff.get('/api/auth/me')).body.id as string;
  const res = await agent.post('/api/admin/canned-responses', {
    title: 'Voor een ander',
    bodyNl: 'x',
    ownerId: someoneElse,
  });
  expect(res.status).toBe(403);
  expect(res.body.message).toMatch(/personal/);
});

test('an unknown placeholder is a 400 naming it and the field it is in', async () => {
  const res = await agent.post('/api/admin/canned-responses', {
    title: 'Typfout',
    bodyNl: 'Beste {{naam}}, uw dossier {{reference}}.',
    bodyEn: 'Dear {{name}} {{agentt}}',
  });
  expect(res.status).toBe(400);
  expect(res.body.message).toMatch(/Unknown placeholder \{\{naam\}\}, \{\{agentt\}\}/);
  expect(res.body.message).toContain('{{agent}}');
  expect(res.body.errors).toMatchObject({ bodyNl: 'Unknown: naam', bodyEn: 'Unknown: agentt' });
  const ok = await agent.post('/api/admin/canned-responses', {
    title: 'Goed',
    bodyNl: '{{name}} {{reference}} {{agent}} {{department}} {{town}} {{subject}} {{status}} {{category}}',
  });
  expect(ok.status).toBe(201);
  expect((await agent.put(`/api/admin/canned-responses/${ok.body.id}`, { bodyNl: 'Beste {{voornaam}}' })).status).toBe(
    400,
  );
});

test('a macro naming an unknown or deactivated department or category is a clear 400, on save and on use', async () => {
  const unknown = '00000000-0000-4000-8000-000000000000';
  const res = await agent.post('/api/admin/canned-responses', {
    title: 'Doorsturen',
    bodyNl: 'x',
    setDepartmentId: unknown,
    setCategoryId: unknown,
  });
  expect(res.status).toBe(400);
  expect(res.body.errors).toMatchObject({
    setDepartmentId: expect.stringMatching(/No such department/),
    setCategoryId: expect.stringMatching(/No such category/),
  });

  const closing = await makeDepartment('Dienst die sluit');
  const macro = await agent
    .post('/api/admin/canned-responses', {
      title: 'Naar de dienst die sluit',
      bodyNl: 'x',
      setDepartmentId: closing.id,
    })
    .expect(201);
  await admin.delete(`/api/admin/departments/${closing.id}`).expect(200);
  const ticket = await makeTicket({});
  const used = await agent.post(`/api/admin/tickets/${ticket.id}/apply-canned-response`, {
    cannedResponseId: macro.body.id,
  });
  expect(used.status).toBe(400);
  expect(used.body.errors.setDepartmentId).toMatch(/deactivated/);
  expect((await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).departmentId).toBe(ticket.departmentId);
});

test("using a macro fills in its text for the ticket in the ticket's language and sets status, priority, category, department and tags, each on the timeline", async () => {
  const category = await makeCategory(burgerzaken);
  const macro = await agent
    .post('/api/admin/canned-responses', {
      title: 'Meer info nodig',
      bodyNl:
        'Beste {{name}}, voor dossier {{reference}} hebben we een kopie van uw identiteitskaart nodig. {{agent}}, {{department}}, {{town}}',
      bodyEn:
        'Dear {{name}}, for case {{reference}} we need a copy of your identity card. {{agent}}, {{department}}, {{town}}',
      setStatus: 'pending_citizen',
      setPriority: 'high',
      setCategoryId: category.id,
      setDepartmentId: burgerzaken,
      addTags: ['kopie-id'],
    })
    .expect(201);
  const ticket = await makeTicket({ name: 'Marie Janssens' });
  await db().ticket.update({ where: { id: ticket.id }, data: { tags: ['dringend'] } });
  const res = await agent
    .post(`/api/admin/tickets/${ticket.id}/apply-canned-response`, { cannedResponseId: macro.body.id })
    .expect(200);
  expect(res.body.text).toBe(
    `Beste Marie Janssens, voor dossier ${ticket.reference} hebben we een kopie van uw identiteitskaart nodig. Sofie Peeters, Burgerzaken, Gemeente Testdorp`,
  );
  expect(res.body.ticket).toMatchObject({
    status: 'pending_citizen',
    priority: 'high',
    categoryId: category.id,
    departmentId: burgerzaken,
    tags: ['dringend', 'kopie-id'],
  });
  const events = await db().ticketEvent.findMany({ where: { ticketId: ticket.id }, select: { type: true } });
  expect(events.map((e) => e.type)).toEqual(
    expect.arrayContaining([
      'status_changed',
      'priority_changed',
      'category_changed',
      'department_changed',
      'tags_changed',
    ]),
  );

  const english = await makeTicket({ name: 'John Smith' });
  await db().ticket.update({ where: { id: english.id }, data: { language: 'en' } });
  const en = await agent
    .post(`/api/admin/tickets/${english.id}/apply-canned-response`, { cannedResponseId: macro.body.id })
    .expect(200);
  expect(en.body.text).toMatch(/^Dear John Smith, for case VD-/);
});

test('staff cannot use a canned reply on a ticket outside their departments, nor one they cannot see', async () => {
  const shared = await agent
    .post('/api/admin/canned-responses', { title: 'Gewoon tekst', bodyNl: 'Hallo {{name}}' })
    .expect(201);
  const personal = await agent
    .post('/api/admin/canned-responses', {
      title: 'Van Sofie',
      bodyNl: 'Hallo',
      ownerId: (await agent.get('/api/auth/me')).body.id,
    })
    .expect(201);
  const outside = await makeTicket({ departmentId: werken });
  const inside = await makeTicket({ departmentId: burgerzaken });
  expect(
    (
      await burgerzakenStaff.post(`/api/admin/tickets/${outside.id}/apply-canned-response`, {
        cannedResponseId: shared.body.id,
      })
    ).status,
  ).toBe(404);
  expect(
    (
      await burgerzakenStaff.post(`/api/admin/tickets/${inside.id}/apply-canned-response`, {
        cannedResponseId: personal.body.id,
      })
    ).status,
  ).toBe(404);
  expect(
    (
      await burgerzakenStaff.post(`/api/admin/tickets/${inside.id}/apply-canned-response`, {
        cannedResponseId: shared.body.id,
      })
    ).status,
  ).toBe(200);
});

test('without a session the canned replies are a 401, and a change without the CSRF header is refused', async () => {
  expect((await request(app).get('/api/admin/canned-responses')).status).toBe(401);
  expect(
    (await agent.agent.post('/api/admin/canned-responses').send({ title: 'Zonder CSRF', bodyNl: 'x' })).status,
  ).toBe(403);
});
