import { buildApp } from '../../src/app';
import { listUrl, loginAs, makeUser, type Console } from '../support/factories';

const app = buildApp();
let admin: Console;

beforeAll(async () => {
  admin = await loginAs(app, await makeUser('admin'));
});

test('an administrator sets up a department with its categories and a staff member', async () => {
  const dept = await admin.post('/api/admin/departments', {
    name: 'Burgerzaken',
    email: 'burgerzaken@testdorp.example',
    phone: '050 12 34 56',
  });
  expect(dept.status).toBe(201);
  expect(dept.body).toMatchObject({ name: 'Burgerzaken', phone: '+3250123456', active: true });

  const cat = await admin.post('/api/admin/categories', {
    code: 'identiteitskaart',
    nameNl: 'Identiteitskaart',
    nameEn: 'Identity card',
    departmentId: dept.body.id,
  });
  expect(cat.status).toBe(201);

  const user = await admin.post('/api/admin/users', {
    email: 'Els@Testdorp.example',
    name: 'Els Wouters',
    role: 'staff',
    password: 'een lang wachtwoord',
    departmentIds: [dept.body.id],
  });
  expect(user.status).toBe(201);
  expect(user.body).toMatchObject({ email: 'els@testdorp.example', role: 'staff', departmentIds: [dept.body.id] });
  expect(user.body.passwordHash).toBeUndefined();

  const els = await loginAs(app, { email: 'els@testdorp.example' }).catch(() => undefined);
  expect(els).toBeUndefined(); // the factory's password is not hers
  const list = await admin.get(listUrl('users', { filter: { role: 'staff' } })).expect(200);
  expect(list.body.map((u: { email: string }) => u.email)).toContain('els@testdorp.example');
});

test('names that must be unique get a 409 that says which field', async () => {
  await admin.post('/api/admin/departments', { name: 'Milieu' }).expect(201);
  const again = await admin.post('/api/admin/departments', { name: 'Milieu' });
  expect(again.status).toBe(409);
  expect(again.body.errors).toEqual({ name: 'Already in use.' });
});

test('bad values get a 400 per field', async () => {
  const res = await admin.post('/api/admin/users', { email: 'nope', name: 'X', role: 'staff', password: 'short' });
  expect(res.status).toBe(400);
  expect(Object.keys(res.body.errors).sort()).toEqual(['departmentIds', 'email', 'name', 'password']);
  const staffWithoutDept = await admin.post('/api/admin/users', {
    email: 'a@b.be',
    name: 'Xavier',
    role: 'staff',
    password: 'long enough password',
  });
  expect(staffWithoutDept.status).toBe(400);
  expect(staffWithoutDept.body.errors.departmentIds).toMatch(/at least one department/);
  const cat = await admin.post('/api/admin/categories', {
    code: 'Met Spaties',
    nameNl: 'x',
    nameEn: 'y',
    departmentId: '00000000-0000-4000-8000-000000000000',
  });
  expect(cat.status).toBe(400);
});

test('deleting a department or category deactivates it and keeps its history', async () => {
  const dept = await admin.post('/api/admin/departments', { name: 'Tijdelijke dienst' });
  const del = await admin.delete(`/api/admin/departments/${dept.body.id}`);
  expect(del.status).toBe(200);
  expect(del.body.active).toBe(false);
  expect((await admin.get(`/api/admin/departments/${dept.body.id}`)).body.active).toBe(false);
});

test('an administrator cannot deactivate themselves', async () => {
  const me = await admin.get('/api/auth/me');
  expect((await admin.delete(`/api/admin/users/${me.body.id}`)).status).toBe(400);
});
