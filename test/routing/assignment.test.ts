import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { intake } from '../../src/intake/intake';
import { loginAs, makeDepartment, makeUser } from '../support/factories';

const app = buildApp();

const newTicket = (departmentId: string, i: number) =>
  intake({
    channel: 'web',
    contact: { email: `burger${i}@example.be` },
    subject: `Vraag ${i}`,
    body: 'x',
    departmentId,
    acknowledge: false,
  }).then((r) => r.ticket);

async function loads(departmentId: string) {
  const rows = await db().ticket.groupBy({ by: ['assigneeId'], where: { departmentId }, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.assigneeId ?? 'none', r._count._all]));
}

test('round robin spreads tickets created at the same moment evenly over the available agents', async () => {
  const dept = await makeDepartment();
  await db().department.update({ where: { id: dept.id }, data: { assignmentStrategy: 'round_robin' } });
  const agents = await Promise.all([1, 2, 3].map(() => makeUser('staff', [dept.id])));
  await Promise.all(Array.from({ length: 30 }, (_, i) => newTicket(dept.id, i)));
  const l = await loads(dept.id);
  expect(Object.keys(l).sort()).toEqual(agents.map((a) => a.id).sort());
  expect(Object.values(l)).toEqual([10, 10, 10]);
  const events = await db().ticketEvent.count({ where: { type: 'auto_assigned', ticket: { departmentId: dept.id } } });
  expect(events).toBe(30);
});

test('least loaded fills up whoever has the fewest open tickets first, and never above the maximum', async () => {
  const dept = await makeDepartment();
  await db().department.update({
    where: { id: dept.id },
    data: { assignmentStrategy: 'least_loaded', maxOpenPerAgent: 4 },
  });
  const busy = await makeUser('staff', [dept.id]);
  const free = await makeUser('staff', [dept.id]);
  for (let i = 0; i < 3; i++)
    await db().ticket.create({
      data: {
        reference: `VD-0000-00${i}${i}`,
        subject: 'oud',
        channel: 'web',
        departmentId: dept.id,
        assigneeId: busy.id,
        status: 'open',
      },
    });
  await Promise.all(Array.from({ length: 6 }, (_, i) => newTicket(dept.id, 100 + i)));
  const l = await loads(dept.id);
  // free gets 4 (its maximum), busy 1 more (3 → 4), the sixth finds nobody under the maximum
  expect(l[free.id]).toBe(4);
  expect(l[busy.id]).toBe(4);
  expect(l.none).toBe(1);
});

test('agents who marked themselves unavailable get nothing, and are back in the turn when available again', async () => {
  const dept = await makeDepartment();
  await db().department.update({ where: { id: dept.id }, data: { assignmentStrategy: 'round_robin' } });
  const away = await makeUser('staff', [dept.id]);
  const here = await makeUser('staff', [dept.id]);
  const c = await loginAs(app, away);
  const off = await c.post('/api/auth/availability', { available: false });
  expect(off.status).toBe(200);
  expect(off.body.available).toBe(false);
  for (let i = 0; i < 3; i++) await newTicket(dept.id, 200 + i);
  expect(await loads(dept.id)).toEqual({ [here.id]: 3 });
  await c.post('/api/auth/availability', { available: true }).expect(200);
  for (let i = 0; i < 2; i++) await newTicket(dept.id, 300 + i);
  expect((await loads(dept.id))[away.id]).toBeGreaterThanOrEqual(1);
});

test('agents can still take a ticket and hand it over; both are on the timeline', async () => {
  const dept = await makeDepartment();
  const a = await makeUser('staff', [dept.id]);
  const b = await makeUser('staff', [dept.id]);
  const t = await newTicket(dept.id, 400);
  const ca = await loginAs(app, a);
  expect((await ca.edit(`/api/admin/tickets/${t.id}`, { assigneeId: a.id })).status).toBe(200);
  expect((await ca.edit(`/api/admin/tickets/${t.id}`, { assigneeId: b.id })).status).toBe(200);
  const events = await db().ticketEvent.findMany({
    where: { ticketId: t.id, type: 'assigned' },
    orderBy: { createdAt: 'asc' },
  });
  expect(events.map((e) => e.data)).toEqual([
    { from: null, to: a.id },
    { from: a.id, to: b.id },
  ]);
});
