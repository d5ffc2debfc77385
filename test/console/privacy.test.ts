import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { listUrl, loginAs, makeTicket, makeUser, PASSWORD } from '../support/factories';

const app = buildApp();

test('every view and change of personal data is in the audit log, searchable by the privacy officer', async () => {
  const agentUser = await makeUser('agent', [], 'Nieuwsgierige Agent');
  const agent = await loginAs(app, agentUser);
  const admin = await loginAs(app, await makeUser('admin'));
  const t = await makeTicket({ name: 'Marie Janssens', email: 'marie@example.be' });
  await agent.get(`/api/admin/contacts/${t.contactId}`).expect(200);
  await agent.get(listUrl('contacts', { filter: { q: 'janssens' } })).expect(200);
  const { version } = await db().ticket.findUniqueOrThrow({ where: { id: t.id } });
  await agent.put(`/api/admin/tickets/${t.id}`, { status: 'open', version }).expect(200);
  await agent.get('/api/admin/tickets/00000000-0000-4000-8000-000000000000').expect(404);

  const log = await admin
    .get(listUrl('audit-log', { filter: { actorUserId: agentUser.id }, sort: ['at', 'ASC'] }))
    .expect(200);
  const entries = log.body.map((e: { action: string; entityType: string; entityId: string }) => [
    e.action,
    e.entityType,
    e.entityId,
  ]);
  expect(entries).toEqual([
    ['view', 'contact', t.contactId],
    ['view', 'contact', '*'],
    ['change', 'ticket', t.id],
  ]);
  expect(log.body[1].details.query.filter).toEqual({ q: 'janssens' });
  expect(log.body[2].details.fields).toEqual(['status']);
  // what a person reads: the ticket by its reference, the contact by name, and the change from → to
  expect(log.body[2]).toMatchObject({
    entityLabel: t.reference,
    details: { changes: { status: { from: 'new', to: 'open' } } },
  });
  expect(log.body[0].entityLabel).toBe('Marie Janssens');
  expect(log.body[1].entityLabel).toBeNull();
  expect(log.body[0]).toMatchObject({ actorName: 'Nieuwsgierige Agent', ip: expect.any(String) });
  const byRecord = await admin
    .get(listUrl('audit-log', { filter: { entityType: 'contact', entityId: t.contactId } }))
    .expect(200);
  expect(byRecord.body).toHaveLength(1);
  expect((await agent.get('/api/admin/audit-log')).status).toBe(403);
});

test('a user sees their sessions and ends them: another one, or all others at once', async () => {
  const user = await makeUser('agent');
  const here = await loginAs(app, user);
  const phone = await loginAs(app, user);
  const laptop = await loginAs(app, user);
  const list = await here.get('/api/auth/sessions').expect(200);
  expect(list.body).toHaveLength(3);
  expect(list.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
  const phoneId = (await phone.get('/api/auth/sessions')).body.find((s: { current: boolean }) => s.current).id;
  await here.delete(`/api/auth/sessions/${phoneId}`).expect(204);
  expect((await phone.get('/api/admin/tickets')).status).toBe(401);
  expect((await here.post('/api/auth/sessions/end-others')).body).toEqual({ ended: 1 });
  expect((await laptop.get('/api/admin/tickets')).status).toBe(401);
  expect((await here.get('/api/admin/tickets')).status).toBe(200);
  const other = await makeUser('agent');
  const theirs = await loginAs(app, other);
  const theirId = (await theirs.get('/api/auth/sessions')).body[0].id;
  expect((await here.delete(`/api/auth/sessions/${theirId}`)).status).toBe(404);
  expect((await request(app).post('/api/auth/login').send({ email: user.email, password: PASSWORD })).status).toBe(200);
});
