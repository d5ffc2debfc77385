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

// The ticket list as the agent's day uses it: names in the rows, presets, and filters saved per user.
const app = buildApp();
let sofie: Console;
let jan: Console;
let sofieId: string;
let janId: string;
let burgerzaken: string;
const subjects = (res: { body: { subject: string }[] }) => res.body.map((t) => t.subject).sort();
const hours = (n: number) => new Date(Date.now() + n * 3600_000);

beforeAll(async () => {
  burgerzaken = (await makeDepartment('Burgerzaken')).id;
  const category = await makeCategory(burgerzaken, 'identiteitskaart');
  const sofieUser = await makeUser('agent', [], 'Sofie Peeters');
  const janUser = await makeUser('agent', [], 'Jan Claes');
  sofieId = sofieUser.id;
  janId = janUser.id;
  sofie = await loginAs(app, sofieUser);
  jan = await loginAs(app, janUser);

  const make = async (subject: string, data: Record<string, unknown>) => {
    const t = await makeTicket({ subject, departmentId: burgerzaken, categoryId: category.id });
    // deadlines far away unless a test says otherwise, so only the tickets meant to be at risk are
    await db().ticket.update({
      where: { id: t.id },
      data: {
        firstResponseDueAt: hours(100),
        firstResponseWarnAt: hours(90),
        dueAt: hours(200),
        resolutionWarnAt: hours(190),
        ...data,
      },
    });
  };
  await make('Mijn open ticket', { assigneeId: sofieId, status: 'open' });
  await make('Mijn opgelost ticket', { assigneeId: sofieId, status: 'resolved', resolvedAt: new Date() });
  await make('Ticket van Jan', { assigneeId: janId, status: 'open' });
  await make('Nog van niemand', { status: 'new' });
  await make('Deadline voorbij', {
    assigneeId: janId,
    status: 'open',
    firstResponseDueAt: hours(-1),
    firstResponseWarnAt: hours(-2),
  });
  await make('Deadline nadert', {
    assigneeId: janId,
    status: 'pending_citizen',
    firstResponseDueAt: hours(1),
    firstResponseWarnAt: hours(-1),
  });
  await make('Gesloten en laat', { status: 'closed', firstResponseDueAt: hours(-5), firstResponseWarnAt: hours(-6) });
});

describe('the rows carry the names the list shows', () => {
  test('department, category (both languages) and assignee come with each row, null where there is none', async () => {
    const res = await sofie.get(listUrl('tickets', { filter: { q: 'Mijn open ticket' } })).expect(200);
    expect(res.body[0]).toMatchObject({
      departmentName: 'Burgerzaken',
      categoryNameNl: 'Categorie identiteitskaart',
      categoryNameEn: 'Category identiteitskaart',
      assigneeId: sofieId,
      assigneeName: 'Sofie Peeters',
    });
    const unassigned = await sofie.get(listUrl('tickets', { filter: { q: 'Nog van niemand' } })).expect(200);
    expect(unassigned.body[0]).toMatchObject({ assigneeId: null, assigneeName: null });
  });
});

describe('the presets', () => {
  test('"Mijn tickets": the tickets assigned to whoever asks that are still being worked on', async () => {
    expect(
      subjects(await sofie.get(listUrl('tickets', { filter: { assignee: 'me', unresolved: true } })).expect(200)),
    ).toEqual(['Mijn open ticket']);
    expect(
      subjects(await jan.get(listUrl('tickets', { filter: { assignee: 'me', unresolved: true } })).expect(200)),
    ).toEqual(['Deadline nadert', 'Deadline voorbij', 'Ticket van Jan']);
  });

  test('"Niet toegewezen": unassigned tickets still being worked on', async () => {
    expect(
      subjects(await sofie.get(listUrl('tickets', { filter: { assignee: 'nobody', unresolved: true } })).expect(200)),
    ).toEqual(['Nog van niemand']);
  });

  test('"Bijna of over deadline": tickets past or close to a running deadline, not the closed ones', async () => {
    expect(subjects(await sofie.get(listUrl('tickets', { filter: { sla: 'at_risk' } })).expect(200))).toEqual([
      'Deadline nadert',
      'Deadline voorbij',
    ]);
    expect(subjects(await sofie.get(listUrl('tickets', { filter: { sla: 'breached' } })).expect(200))).toEqual([
      'Deadline voorbij',
    ]);
    expect(subjects(await sofie.get(listUrl('tickets', { filter: { sla: 'warning' } })).expect(200))).toEqual([
      'Deadline nadert',
    ]);
  });

  test('unresolved false filters nothing; an unknown assignee value is a 400 that says what is allowed', async () => {
    expect((await sofie.get(listUrl('tickets', { filter: { unresolved: false } })).expect(200)).body).toHaveLength(7);
    const bad = await sofie.get(listUrl('tickets', { filter: { assignee: 'everyone' } }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('Choose me or nobody');
  });

  test('the priority filter', async () => {
    const t = await db().ticket.findFirstOrThrow({ where: { subject: 'Ticket van Jan' } });
    await db().ticket.update({ where: { id: t.id }, data: { priority: 'urgent' } });
    expect(subjects(await sofie.get(listUrl('tickets', { filter: { priority: 'urgent' } })).expect(200))).toEqual([
      'Ticket van Jan',
    ]);
  });
});

describe('saved filters', () => {
  test('a user saves, lists and deletes their own filters', async () => {
    const saved = await sofie
      .post('/api/admin/saved-filters', {
        name: 'Dringend bij Burgerzaken',
        filter: { priority: 'urgent', departmentId: burgerzaken },
      })
      .expect(201);
    expect(saved.body).toMatchObject({
      name: 'Dringend bij Burgerzaken',
      filter: { priority: 'urgent', departmentId: burgerzaken },
    });
    await sofie
      .post('/api/admin/saved-filters', {
        name: 'Mijn werk',
        filter: { assignee: 'me', unresolved: true, createdAt_gte: '2026-01-01' },
      })
      .expect(201);

    const list = await sofie.get(listUrl('saved-filters')).expect(200);
    expect(list.headers['content-range']).toBe('saved-filters 0-1/2');
    expect(list.body.map((f: { name: string }) => f.name)).toEqual(['Dringend bij Burgerzaken', 'Mijn werk']);
    // stored as sent: the calendar day stays a day for the date input
    expect(list.body[1].filter).toEqual({ assignee: 'me', unresolved: true, createdAt_gte: '2026-01-01' });

    // the saved filter opens the list it describes
    expect(subjects(await sofie.get(listUrl('tickets', { filter: saved.body.filter })).expect(200))).toEqual([
      'Ticket van Jan',
    ]);

    await sofie.delete(`/api/admin/saved-filters/${saved.body.id}`).expect(200);
    expect((await sofie.get(listUrl('saved-filters')).expect(200)).body.map((f: { name: string }) => f.name)).toEqual([
      'Mijn werk',
    ]);
    expect(await db().savedFilter.count({ where: { userId: sofieId } })).toBe(1);
  });

  test('another user neither sees, reads nor deletes them', async () => {
    const mine = await sofie
      .post('/api/admin/saved-filters', { name: 'Privé', filter: { status: 'open' } })
      .expect(201);
    expect((await jan.get(listUrl('saved-filters')).expect(200)).body).toEqual([]);
    expect((await jan.get(listUrl('saved-filters', { filter: { id: mine.body.id } })).expect(200)).body).toEqual([]);
    expect((await jan.get(`/api/admin/saved-filters/${mine.body.id}`)).status).toBe(404);
    expect((await jan.delete(`/api/admin/saved-filters/${mine.body.id}`)).status).toBe(404);
    expect(await db().savedFilter.findUnique({ where: { id: mine.body.id } })).not.toBeNull();
    // the same name is free for someone else
    await jan.post('/api/admin/saved-filters', { name: 'Privé', filter: {} }).expect(201);
    expect((await sofie.get(`/api/admin/saved-filters/${mine.body.id}`).expect(200)).body.name).toBe('Privé');
  });

  test('bad input is a 4xx a person can act on', async () => {
    const duplicate = await sofie.post('/api/admin/saved-filters', { name: 'Mijn werk', filter: {} });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.message).toContain('already have a filter named "Mijn werk"');
    const unknown = await sofie.post('/api/admin/saved-filters', { name: 'Kleur', filter: { colour: 'red' } });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('Unknown filter colour');
    const wrongValue = await sofie.post('/api/admin/saved-filters', { name: 'Kleur', filter: { status: 'purple' } });
    expect(wrongValue.status).toBe(400);
    const noName = await sofie.post('/api/admin/saved-filters', { name: ' ', filter: {} });
    expect(noName.status).toBe(400);
    expect(JSON.stringify(noName.body)).toContain('Name the filter');
    expect((await sofie.agent.post('/api/admin/saved-filters').send({ name: 'Zonder CSRF', filter: {} })).status).toBe(
      403,
    );
    expect((await sofie.delete('/api/admin/saved-filters/not-an-id')).status).toBe(400);
  });
});
