import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { intake } from '../../src/intake/intake';
import { checkSlas } from '../../src/routing/slaJobs';
import { forgetCalendars, calendarFor } from '../../src/routing/schedule';
import { listUrl, loginAs, makeCategory, makeDepartment, makeUser, type Console } from '../support/factories';

const app = buildApp();
let admin: Console;
let deptId: string;
let leadEmail: string;

beforeAll(async () => {
  admin = await loginAs(app, await makeUser('admin'));
  const lead = await makeUser('staff');
  leadEmail = lead.email;
  const dept = await makeDepartment('Burgerzaken');
  deptId = dept.id;
  await db().department.update({
    where: { id: dept.id },
    data: { email: 'burgerzaken@testdorp.example', leadUserId: lead.id },
  });
  await db().user.update({ where: { id: lead.id }, data: { memberships: { create: { departmentId: dept.id } } } });
  // open every day, all day, so the test does not depend on when it runs
  await admin
    .put(`/api/admin/departments/${dept.id}/schedule`, {
      hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:59' })),
    })
    .expect(200);
  await admin
    .post('/api/admin/sla-policies', { firstResponseMinutes: 120, resolutionMinutes: 600, warnBeforeMinutes: 30 })
    .expect(201);
  forgetCalendars();
});

const newTicket = (subject: string, categoryId?: string) =>
  intake({
    channel: 'web',
    contact: { email: 'sla@example.be' },
    subject,
    body: 'x',
    departmentId: deptId,
    categoryId,
    acknowledge: false,
  }).then((r) => r.ticket);

test('deadlines are set in the department’s business time when a ticket comes in, and shown with the time left', async () => {
  const t = await newTicket('Deadline test');
  const cal = await calendarFor(deptId);
  expect(t.firstResponseDueAt!.getTime()).toBe(cal.addBusinessMinutes(t.createdAt, 120).getTime());
  expect(t.dueAt!.getTime()).toBe(cal.addBusinessMinutes(t.createdAt, 600).getTime());
  expect(t.firstResponseWarnAt!.getTime()).toBe(cal.subtractBusinessMinutes(t.firstResponseDueAt!, 30).getTime());
  const shown = (await admin.get(`/api/admin/tickets/${t.id}`)).body.sla;
  expect(shown.state).toBe('ok');
  expect(shown.firstResponseMinutesLeft).toBeGreaterThan(115);
  expect(shown.firstResponseMinutesLeft).toBeLessThanOrEqual(120);
});

test('the most specific target applies, and a new category brings new deadlines', async () => {
  const urgent = await makeCategory(deptId, 'dringend-sla');
  await admin
    .post('/api/admin/sla-policies', {
      categoryId: urgent.id,
      firstResponseMinutes: 30,
      resolutionMinutes: 60,
      warnBeforeMinutes: 10,
    })
    .expect(201);
  const t = await newTicket('Categorie test');
  expect((await admin.edit(`/api/admin/tickets/${t.id}`, { categoryId: urgent.id })).status).toBe(200);
  const after = await db().ticket.findUniqueOrThrow({ where: { id: t.id } });
  const cal = await calendarFor(deptId);
  expect(after.firstResponseDueAt!.getTime()).toBe(cal.addBusinessMinutes(after.createdAt, 30).getTime());
  expect(
    (
      await admin.post('/api/admin/sla-policies', {
        categoryId: urgent.id,
        firstResponseMinutes: 5,
        resolutionMinutes: 6,
      })
    ).status,
  ).toBe(400);
});

test('a worker warns the department before the deadline and escalates after it, each exactly once', async () => {
  const t = await newTicket('Escalatie test');
  const alerts = async () =>
    (await db().ticketEvent.findMany({ where: { ticketId: t.id, type: { in: ['sla_warning', 'sla_breached'] } } }))
      .map((e) => e.type)
      .sort();
  const warnMoment = new Date(t.firstResponseWarnAt!.getTime() + 1000);
  await checkSlas(new Date(t.firstResponseWarnAt!.getTime() - 60_000));
  expect(await alerts()).toEqual([]);
  await checkSlas(warnMoment);
  await Promise.all([checkSlas(warnMoment), checkSlas(warnMoment)]);
  expect(await alerts()).toEqual(['sla_warning']);
  const warning = await db().notification.findFirstOrThrow({ where: { ticketId: t.id, template: 'sla_warning' } });
  expect(warning.recipient).toBe('burgerzaken@testdorp.example');
  expect(warning.subject).toContain('Deadline eerste antwoord nadert');

  const late = new Date(t.firstResponseDueAt!.getTime() + 1000);
  await Promise.all([checkSlas(late), checkSlas(late)]);
  await checkSlas(late);
  const after = await db().ticket.findUniqueOrThrow({ where: { id: t.id } });
  expect(after.priority).toBe('high');
  expect(after.firstResponseBreachedAt).not.toBeNull();
  const breaches = await db().notification.findMany({ where: { ticketId: t.id, template: 'sla_breach' } });
  expect(breaches.map((n) => n.recipient).sort()).toEqual(['burgerzaken@testdorp.example', leadEmail].sort());
  expect(await alerts()).toEqual(['sla_breached', 'sla_warning']);
});

test('an answered ticket is not escalated for its first response; the list filters tickets past their deadline', async () => {
  const answered = await newTicket('Beantwoord');
  await db().ticket.update({ where: { id: answered.id }, data: { firstResponseAt: new Date() } });
  await checkSlas(new Date(answered.firstResponseDueAt!.getTime() + 1000));
  expect((await db().ticket.findUniqueOrThrow({ where: { id: answered.id } })).firstResponseBreachedAt).toBeNull();
  const overdue = await newTicket('Te laat');
  await db().ticket.update({ where: { id: overdue.id }, data: { firstResponseDueAt: new Date(Date.now() - 60_000) } });
  const list = await admin.get(listUrl('tickets', { filter: { sla: 'breached', departmentId: deptId } })).expect(200);
  expect(list.body.map((t: { id: string }) => t.id)).toContain(overdue.id);
  expect(list.body.map((t: { id: string }) => t.id)).not.toContain(answered.id);
  expect(list.body.find((t: { id: string }) => t.id === overdue.id).sla.state).toBe('breached');
});
