import { z } from 'zod';
import { allRoutes, buildApp } from '../../src/app';
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

// react-admin sends sort=["id","ASC"] whenever a list or a reference input has no sort of its own.
const app = buildApp();
let admin: Console;

/** Every console list: a GET under /api/admin whose query takes react-admin's sort. */
const lists = allRoutes().filter(
  (r) =>
    r.method === 'get' && r.path.startsWith('/api/admin/') && r.query instanceof z.ZodObject && 'sort' in r.query.shape,
);

beforeAll(async () => {
  admin = await loginAs(app, await makeUser('admin', [], 'Beheerder'));
  const dept = await makeDepartment('Burgerzaken');
  await makeDepartment('Openbare Werken');
  await makeCategory(dept.id);
  await makeCategory(dept.id);
  await makeUser('agent', [], 'Sofie Peeters');
  for (const subject of ['Rijbewijs', 'Straatlamp', 'Afval']) await makeTicket({ subject, departmentId: dept.id });
});

test('there are console lists to check (the route filter finds them)', () => {
  expect(lists.map((r) => r.path)).toEqual(
    expect.arrayContaining([
      '/api/admin/tickets',
      '/api/admin/departments',
      '/api/admin/users',
      '/api/admin/categories',
      '/api/admin/audit-log',
    ]),
  );
});

test.each(lists.map((r) => [r.path.replace('/api/admin/', '')]))(
  "the %s list accepts react-admin's default sort by id",
  async (resource) => {
    const res = await admin.get(listUrl(resource, { sort: ['id', 'ASC'] }));
    expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ status: 200, body: 'ok' });
  },
);

test.each(['tickets', 'departments', 'categories', 'users', 'contacts'])(
  'the %s list sorted by id comes in id order, both ways',
  async (resource) => {
    const asc = (await admin.get(listUrl(resource, { sort: ['id', 'ASC'] })).expect(200)).body.map(
      (r: { id: string }) => r.id,
    );
    const desc = (await admin.get(listUrl(resource, { sort: ['id', 'DESC'] })).expect(200)).body.map(
      (r: { id: string }) => r.id,
    );
    expect(asc.length).toBeGreaterThanOrEqual(2);
    // PostgreSQL orders uuids by their bytes, which is the order of their lower-case hex text
    expect(asc).toEqual([...asc].sort());
    expect(desc).toEqual([...asc].reverse());
  },
);

test('a field that is not sortable is still a 400 that names the fields that are', async () => {
  const res = await admin.get(listUrl('tickets', { sort: ['passwordHash', 'ASC'] }));
  expect(res.status).toBe(400);
  expect(JSON.stringify(res.body)).toContain('Sort by one of: id, createdAt');
  expect(await db().ticket.count()).toBe(3);
});
