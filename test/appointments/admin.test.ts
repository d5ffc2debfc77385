import { randomBytes } from 'node:crypto';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { listUrl, loginAs, makeDepartment, makeUser, type Console } from '../support/factories';

const app = buildApp();
const SOME_ID = '00000000-0000-4000-8000-000000000000';
const unique = () => randomBytes(4).toString('hex');

let admin: Console;
let agent: Console;
let staff: Console;
let departmentId: string;

beforeAll(async () => {
  departmentId = (await makeDepartment()).id;
  admin = await loginAs(app, await makeUser('admin'));
  agent = await loginAs(app, await makeUser('agent'));
  staff = await loginAs(app, await makeUser('staff', [departmentId]));
});

async function makeLocation(name = `Loket ${unique()}`) {
  const res = await admin.post('/api/admin/locations', { name, address: 'Markt 1, 9999 Testdorp' });
  expect(res.status).toBe(201);
  return res.body as { id: string; name: string };
}

async function makeDesk(locationId: string, name = `Balie ${unique()}`, serviceIds?: string[]) {
  const res = await admin.post('/api/admin/desks', { locationId, name, ...(serviceIds ? { serviceIds } : {}) });
  expect(res.status).toBe(201);
  return res.body as { id: string; locationId: string; name: string; serviceIds: string[] };
}

const serviceBody = (over: object = {}) => ({
  code: `eid-${unique()}`,
  nameNl: 'Identiteitskaart',
  nameEn: 'Identity card',
  durationMinutes: 15,
  departmentId,
  ...over,
});

async function makeService(over: object = {}) {
  const res = await admin.post('/api/admin/services', serviceBody(over));
  expect(res.status).toBe(201);
  return res.body as { id: string; code: string; deskIds: string[] };
}

describe('services (products)', () => {
  test('an administrator creates, reads, lists, changes and deactivates a product with the desks that serve it', async () => {
    const location = await makeLocation();
    const [d1, d2] = [await makeDesk(location.id), await makeDesk(location.id)];
    const code = `kids-id-${unique()}`;
    const created = await admin.post('/api/admin/services', {
      code,
      nameNl: 'Kids-ID',
      nameEn: 'Kids ID',
      descriptionNl: 'Voor kinderen onder 12 jaar.',
      durationMinutes: 20,
      bufferMinutes: 5,
      documentsNl: ['Pasfoto', 'Oude Kids-ID'],
      documentsEn: ['Passport photo'],
      priceNote: '€ 7,60',
      bookableOnline: true,
      walkInAllowed: false,
      minNoticeMinutes: 60,
      maxDaysAhead: 90,
      reminderHoursBefore: 48,
      queuePrefix: 'K',
      departmentId,
      deskIds: [d1.id, d1.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code,
      nameNl: 'Kids-ID',
      descriptionEn: null,
      durationMinutes: 20,
      bufferMinutes: 5,
      documentsNl: ['Pasfoto', 'Oude Kids-ID'],
      walkInAllowed: false,
      queuePrefix: 'K',
      departmentId,
      active: true,
      deskIds: [d1.id],
    });
    const id = created.body.id as string;

    expect((await staff.get(`/api/admin/services/${id}`)).body).toMatchObject({ id, code });
    expect((await admin.get(`/api/admin/desks/${d1.id}`)).body.serviceIds).toEqual([id]);

    const byDesk = await agent.get(listUrl('services', { filter: { deskId: d1.id } })).expect(200);
    expect(byDesk.body.map((s: { id: string }) => s.id)).toEqual([id]);
    expect(byDesk.headers['content-range']).toBe('services 0-0/1');
    const byQ = await admin
      .get(listUrl('services', { filter: { q: code.toUpperCase() }, sort: ['code', 'ASC'], range: [0, 9] }))
      .expect(200);
    expect(byQ.body.map((s: { id: string }) => s.id)).toEqual([id]);

    const changed = await admin.put(`/api/admin/services/${id}`, { durationMinutes: 30, deskIds: [d2.id] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ durationMinutes: 30, bufferMinutes: 5, deskIds: [d2.id] });
    expect((await admin.get(`/api/admin/desks/${d1.id}`)).body.serviceIds).toEqual([]);
    // without deskIds the desks stay
    expect((await admin.put(`/api/admin/services/${id}`, { nameEn: 'Kids-ID card' })).body.deskIds).toEqual([d2.id]);

    const deleted = await admin.delete(`/api/admin/services/${id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.active).toBe(false);
    expect(await db().service.count({ where: { id } })).toBe(1);
    const inactive = await admin.get(listUrl('services', { filter: { active: false, id: [id] } })).expect(200);
    expect(inactive.body.map((s: { id: string }) => s.id)).toEqual([id]);
  });

  test('unknown ids are 404', async () => {
    expect((await admin.get(`/api/admin/services/${SOME_ID}`)).status).toBe(404);
    expect((await admin.put(`/api/admin/services/${SOME_ID}`, { nameNl: 'Iets' })).status).toBe(404);
    expect((await admin.delete(`/api/admin/services/${SOME_ID}`)).status).toBe(404);
  });

  test('a duplicate code is a 409 on code', async () => {
    const s = await makeService();
    const again = await admin.post('/api/admin/services', serviceBody({ code: s.code }));
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual({ code: 'Already in use.' });
  });

  test('bad values get a 400 per field', async () => {
    const res = await admin.post('/api/admin/services', {
      code: 'Met Spaties',
      nameNl: 'X',
      nameEn: 'Identity card',
      durationMinutes: 3,
      bufferMinutes: 121,
      minNoticeMinutes: 10081,
      maxDaysAhead: 0,
      reminderHoursBefore: 169,
      queuePrefix: 'ab',
      documentsNl: Array.from({ length: 31 }, (_, i) => `Document ${i}`),
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual([
      'bufferMinutes',
      'code',
      'documentsNl',
      'durationMinutes',
      'maxDaysAhead',
      'minNoticeMinutes',
      'nameNl',
      'queuePrefix',
      'reminderHoursBefore',
    ]);
    expect(res.body.errors.durationMinutes).toBe('Use 5 to 480 minutes.');
    expect(res.body.errors.queuePrefix).toBe('Use one capital letter A–Z.');
    expect((await admin.post('/api/admin/services', serviceBody({ durationMinutes: 481 }))).body.errors).toEqual({
      durationMinutes: 'Use 5 to 480 minutes.',
    });
  });

  test('an unknown department or desk is a 400 on that field', async () => {
    const dept = await admin.post('/api/admin/services', serviceBody({ departmentId: SOME_ID }));
    expect(dept.status).toBe(400);
    expect(dept.body.errors).toEqual({ departmentId: 'No such department.' });
    const desk = await admin.post('/api/admin/services', serviceBody({ deskIds: [SOME_ID] }));
    expect(desk.status).toBe(400);
    expect(desk.body.errors.deskIds).toContain(SOME_ID);
  });
});

describe('locations', () => {
  test('an administrator creates, reads, lists, changes and deactivates a location', async () => {
    const name = `Stadhuis ${unique()}`;
    const created = await admin.post('/api/admin/locations', { name, address: 'Markt 1' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, address: 'Markt 1', active: true });
    const id = created.body.id as string;
    const list = await staff.get(listUrl('locations', { filter: { q: name } })).expect(200);
    expect(list.body.map((l: { id: string }) => l.id)).toEqual([id]);
    expect(list.headers['content-range']).toBe('locations 0-0/1');
    expect((await admin.put(`/api/admin/locations/${id}`, { address: '' })).body.address).toBeNull();
    const del = await admin.delete(`/api/admin/locations/${id}`);
    expect(del.body.active).toBe(false);
    expect((await admin.get(`/api/admin/locations/${id}`)).body.active).toBe(false);
    expect((await admin.get(`/api/admin/locations/${SOME_ID}`)).status).toBe(404);
  });

  test('a duplicate name is a 409 on name; a short one a 400', async () => {
    const l = await makeLocation();
    const again = await admin.post('/api/admin/locations', { name: l.name });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual({ name: 'Already in use.' });
    expect((await admin.post('/api/admin/locations', { name: 'X' })).body.errors).toEqual({
      name: 'Use at least 2 characters.',
    });
  });
});

describe('desks', () => {
  test('an administrator creates, reads, lists, changes and deactivates a desk with the products it serves', async () => {
    const location = await makeLocation();
    const [s1, s2] = [await makeService(), await makeService()];
    const created = await admin.post('/api/admin/desks', {
      locationId: location.id,
      name: 'Balie 1',
      serviceIds: [s1.id, s2.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ locationId: location.id, name: 'Balie 1', active: true });
    expect([...created.body.serviceIds].sort()).toEqual([s1.id, s2.id].sort());
    const id = created.body.id as string;
    expect((await admin.get(`/api/admin/services/${s2.id}`)).body.deskIds).toEqual([id]);

    const other = await makeDesk(location.id, 'Balie 2', [s1.id]);
    const byService = await agent.get(listUrl('desks', { filter: { serviceId: s2.id } })).expect(200);
    expect(byService.body.map((d: { id: string }) => d.id)).toEqual([id]);
    const byLocation = await agent
      .get(listUrl('desks', { filter: { locationId: location.id }, sort: ['name', 'DESC'] }))
      .expect(200);
    expect(byLocation.body.map((d: { id: string }) => d.id)).toEqual([other.id, id]);
    expect(byLocation.headers['content-range']).toBe('desks 0-1/2');
    const byQ = await agent.get(listUrl('desks', { filter: { locationId: location.id, q: 'lie 2' } })).expect(200);
    expect(byQ.body.map((d: { id: string }) => d.id)).toEqual([other.id]);

    const changed = await admin.put(`/api/admin/desks/${id}`, { name: 'Balie 1 (paspoorten)', serviceIds: [s1.id] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Balie 1 (paspoorten)', serviceIds: [s1.id] });
    expect((await admin.get(`/api/admin/services/${s2.id}`)).body.deskIds).toEqual([]);

    const del = await admin.delete(`/api/admin/desks/${id}`);
    expect(del.body.active).toBe(false);
    const inactive = await admin
      .get(listUrl('desks', { filter: { locationId: location.id, active: false } }))
      .expect(200);
    expect(inactive.body.map((d: { id: string }) => d.id)).toEqual([id]);
    expect((await admin.get(`/api/admin/desks/${SOME_ID}`)).status).toBe(404);
    expect((await admin.delete(`/api/admin/desks/${SOME_ID}`)).status).toBe(404);
  });

  test('a name is unique within its location: a duplicate is a 409 on name, another location may use it', async () => {
    const [a, b] = [await makeLocation(), await makeLocation()];
    const first = await makeDesk(a.id, 'Balie 1');
    const again = await admin.post('/api/admin/desks', { locationId: a.id, name: 'Balie 1' });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual({ name: 'Already in use.' });
    await makeDesk(b.id, 'Balie 1');
    const second = await makeDesk(a.id, 'Balie 2');
    const renamed = await admin.put(`/api/admin/desks/${second.id}`, { name: 'Balie 1' });
    expect(renamed.status).toBe(409);
    expect(renamed.body.errors).toEqual({ name: 'Already in use.' });
    // keeping its own name is no conflict
    expect((await admin.put(`/api/admin/desks/${first.id}`, { name: 'Balie 1', active: true })).status).toBe(200);
  });

  test('an unknown location or service is a 400 on that field', async () => {
    const loc = await admin.post('/api/admin/desks', { locationId: SOME_ID, name: 'Balie' });
    expect(loc.status).toBe(400);
    expect(loc.body.errors).toEqual({ locationId: 'No such location.' });
    const svc = await admin.post('/api/admin/desks', {
      locationId: (await makeLocation()).id,
      name: 'Balie',
      serviceIds: [SOME_ID],
    });
    expect(svc.status).toBe(400);
    expect(svc.body.errors.serviceIds).toContain(SOME_ID);
    expect((await admin.post('/api/admin/desks', { name: '' })).body.errors).toEqual({
      locationId: expect.any(String),
      name: 'Give the desk a name.',
    });
  });

  test('a desk that moves to another location takes its own hours and absences along', async () => {
    const [a, b] = [await makeLocation(), await makeLocation()];
    const desk = await makeDesk(a.id);
    await admin
      .post('/api/admin/desk-hours', { locationId: a.id, deskId: desk.id, weekday: 1, opens: '09:00', closes: '12:00' })
      .expect(201);
    await admin
      .post('/api/admin/desk-closures', {
        deskId: desk.id,
        startsAt: '2026-12-01T08:00:00Z',
        endsAt: '2026-12-01T16:00:00Z',
        reason: 'Opleiding',
      })
      .expect(201);
    expect((await admin.put(`/api/admin/desks/${desk.id}`, { locationId: b.id })).status).toBe(200);
    expect(await db().deskHours.findMany({ where: { deskId: desk.id }, select: { locationId: true } })).toEqual([
      { locationId: b.id },
    ]);
    expect(await db().deskClosure.findMany({ where: { deskId: desk.id }, select: { locationId: true } })).toEqual([
      { locationId: b.id },
    ]);

    // a desk with upcoming appointments stays where they were booked
    const busy = await makeDesk(a.id);
    const service = await makeService();
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const endsAt = new Date(startsAt.getTime() + 15 * 60_000);
    await db().appointment.create({
      data: {
        code: `M${unique().toUpperCase()}`,
        serviceId: service.id,
        deskId: busy.id,
        locationId: a.id,
        startsAt,
        endsAt,
        blockedUntil: endsAt,
        channel: 'online',
        name: 'Burger',
        manageTokenHash: unique() + unique(),
        manageTokenEnc: unique(),
      },
    });
    const refused = await admin.put(`/api/admin/desks/${busy.id}`, { locationId: b.id });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.locationId).toMatch(/1 upcoming appointment/);
  });
});

describe('desk hours', () => {
  test('an administrator adds, lists, changes and removes blocks of a location and of a desk', async () => {
    const location = await makeLocation();
    const desk = await makeDesk(location.id);
    const morning = await admin.post('/api/admin/desk-hours', {
      locationId: location.id,
      weekday: 1,
      opens: '08:30',
      closes: '12:00',
    });
    expect(morning.status).toBe(201);
    expect(morning.body).toEqual({
      id: expect.any(String),
      locationId: location.id,
      deskId: null,
      weekday: 1,
      opens: '08:30',
      closes: '12:00',
      kind: 'appointments',
    });
    // touching blocks do not overlap; another kind or a desk's own hours are separate
    await admin
      .post('/api/admin/desk-hours', { locationId: location.id, weekday: 1, opens: '12:00', closes: '16:00' })
      .expect(201);
    await admin
      .post('/api/admin/desk-hours', {
        locationId: location.id,
        weekday: 1,
        opens: '08:30',
        closes: '12:00',
        kind: 'walk_in',
      })
      .expect(201);
    const deskRow = await admin.post('/api/admin/desk-hours', {
      locationId: location.id,
      deskId: desk.id,
      weekday: 1,
      opens: '10:00',
      closes: '24:00',
    });
    expect(deskRow.status).toBe(201);
    expect(deskRow.body).toMatchObject({ deskId: desk.id, closes: '24:00' });

    const all = await staff.get(listUrl('desk-hours', { filter: { locationId: location.id } })).expect(200);
    expect(all.headers['content-range']).toBe('desk-hours 0-3/4');
    const own = await agent
      .get(
        listUrl('desk-hours', {
          filter: { locationId: location.id, deskId: null, kind: 'appointments' },
          sort: ['opens', 'ASC'],
        }),
      )
      .expect(200);
    expect(own.body.map((h: { opens: string }) => h.opens)).toEqual(['08:30', '12:00']);
    const ofDesk = await agent.get(listUrl('desk-hours', { filter: { deskId: desk.id } })).expect(200);
    expect(ofDesk.body.map((h: { id: string }) => h.id)).toEqual([deskRow.body.id]);

    const changed = await admin.put(`/api/admin/desk-hours/${morning.body.id}`, { opens: '08:00' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ opens: '08:00', closes: '12:00' });
    // moving it into the afternoon block overlaps it
    const clash = await admin.put(`/api/admin/desk-hours/${morning.body.id}`, { closes: '13:00' });
    expect(clash.status).toBe(400);
    expect(clash.body.message).toMatch(/Monday \(weekday 1\)/);
    const backwards = await admin.put(`/api/admin/desk-hours/${morning.body.id}`, { opens: '12:30' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual({ closes: 'A block must close after it opens.' });

    expect((await admin.delete(`/api/admin/desk-hours/${morning.body.id}`)).status).toBe(200);
    expect((await admin.get(`/api/admin/desk-hours/${morning.body.id}`)).status).toBe(404);
    expect((await admin.put(`/api/admin/desk-hours/${SOME_ID}`, { opens: '08:00' })).status).toBe(404);
    expect((await admin.delete(`/api/admin/desk-hours/${SOME_ID}`)).status).toBe(404);
  });

  test('bad times, closing before opening and a bad weekday are 400 per field', async () => {
    const location = await makeLocation();
    const bad = await admin.post('/api/admin/desk-hours', {
      locationId: location.id,
      weekday: 8,
      opens: '8:30',
      closes: '24:30',
      kind: 'lunch',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['closes', 'kind', 'opens', 'weekday']);
    expect(bad.body.errors.opens).toMatch(/HH:MM/);
    const backwards = await admin.post('/api/admin/desk-hours', {
      locationId: location.id,
      weekday: 2,
      opens: '16:00',
      closes: '09:00',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual({ closes: 'A block must close after it opens.' });
    const empty = await admin.post('/api/admin/desk-hours', {
      locationId: location.id,
      weekday: 2,
      opens: '09:00',
      closes: '09:00',
    });
    expect(empty.body.errors).toEqual({ closes: 'A block must close after it opens.' });
  });

  test('overlapping blocks of one kind on one weekday are refused, naming the weekday', async () => {
    const location = await makeLocation();
    const desk = await makeDesk(location.id);
    await admin
      .post('/api/admin/desk-hours', {
        locationId: location.id,
        deskId: desk.id,
        weekday: 3,
        opens: '09:00',
        closes: '12:00',
      })
      .expect(201);
    const res = await admin.post('/api/admin/desk-hours', {
      locationId: location.id,
      deskId: desk.id,
      weekday: 3,
      opens: '11:00',
      closes: '13:00',
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(
      'Appointment hours overlap on Wednesday (weekday 3): 09:00–12:00 and 11:00–13:00 at this desk.',
    );
    expect(res.body.errors.opens).toBe(res.body.message);
    await admin
      .post('/api/admin/desk-hours', { locationId: location.id, weekday: 3, opens: '11:00', closes: '13:00' })
      .expect(201);
    await admin
      .post('/api/admin/desk-hours', {
        locationId: location.id,
        deskId: desk.id,
        weekday: 4,
        opens: '11:00',
        closes: '13:00',
      })
      .expect(201);
  });

  test('a desk must belong to the location of its hours', async () => {
    const [a, b] = [await makeLocation(), await makeLocation()];
    const deskOfB = await makeDesk(b.id);
    const res = await admin.post('/api/admin/desk-hours', {
      locationId: a.id,
      deskId: deskOfB.id,
      weekday: 1,
      opens: '09:00',
      closes: '12:00',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ deskId: 'This desk is at another location.' });
    expect(
      (
        await admin.post('/api/admin/desk-hours', {
          locationId: a.id,
          deskId: SOME_ID,
          weekday: 1,
          opens: '09:00',
          closes: '12:00',
        })
      ).body.errors,
    ).toEqual({ deskId: 'No such desk.' });
    expect(
      (await admin.post('/api/admin/desk-hours', { locationId: SOME_ID, weekday: 1, opens: '09:00', closes: '12:00' }))
        .body.errors,
    ).toEqual({ locationId: 'No such location.' });
  });

  test("PUT /locations/:id/hours replaces all of a location's hours, its desks' included, in one go", async () => {
    const [location, elsewhere] = [await makeLocation(), await makeLocation()];
    const [d1, d2] = [await makeDesk(location.id), await makeDesk(location.id)];
    const deskOfElsewhere = await makeDesk(elsewhere.id);
    await admin
      .post('/api/admin/desk-hours', { locationId: location.id, weekday: 5, opens: '09:00', closes: '12:00' })
      .expect(201);
    await admin
      .post('/api/admin/desk-hours', {
        locationId: location.id,
        deskId: d1.id,
        weekday: 5,
        opens: '09:00',
        closes: '12:00',
      })
      .expect(201);
    const untouched = await admin.post('/api/admin/desk-hours', {
      locationId: elsewhere.id,
      weekday: 5,
      opens: '09:00',
      closes: '12:00',
    });

    const week = [
      { weekday: 1, opens: '08:30', closes: '12:00' },
      { weekday: 1, opens: '13:00', closes: '16:30' },
      { weekday: 1, opens: '08:30', closes: '12:00', kind: 'walk_in' },
      { deskId: d2.id, weekday: 2, opens: '14:00', closes: '20:00' },
      { deskId: d2.id, weekday: 2, opens: '09:00', closes: '12:00' },
    ];
    const put = await admin.put(`/api/admin/locations/${location.id}/hours`, { hours: week });
    expect(put.status).toBe(200);
    expect(put.body.locationId).toBe(location.id);
    expect(
      put.body.hours.map((h: { deskId: string | null; weekday: number; opens: string; kind: string }) => [
        h.deskId,
        h.weekday,
        h.opens,
        h.kind,
      ]),
    ).toEqual([
      [null, 1, '08:30', 'appointments'],
      [null, 1, '13:00', 'appointments'],
      [null, 1, '08:30', 'walk_in'],
      [d2.id, 2, '09:00', 'appointments'],
      [d2.id, 2, '14:00', 'appointments'],
    ]);
    expect(await db().deskHours.count({ where: { deskId: d1.id } })).toBe(0);
    expect((await admin.get(`/api/admin/desk-hours/${untouched.body.id}`)).status).toBe(200);
    expect((await staff.get(`/api/admin/locations/${location.id}/hours`)).body).toEqual(put.body);

    // an overlap, or a desk of another location, changes nothing
    const overlap = await admin.put(`/api/admin/locations/${location.id}/hours`, {
      hours: [...week, { deskId: d2.id, weekday: 2, opens: '11:00', closes: '15:00' }],
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.errors.hours).toMatch(/Tuesday \(weekday 2\)/);
    const foreign = await admin.put(`/api/admin/locations/${location.id}/hours`, {
      hours: [{ deskId: deskOfElsewhere.id, weekday: 1, opens: '09:00', closes: '12:00' }],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual({ 'hours.0.deskId': 'This desk is at another location.' });
    const unknown = await admin.put(`/api/admin/locations/${location.id}/hours`, {
      hours: [{ deskId: SOME_ID, weekday: 1, opens: '09:00', closes: '12:00' }],
    });
    expect(unknown.body.errors).toEqual({ 'hours.0.deskId': 'No such desk.' });
    const backwards = await admin.put(`/api/admin/locations/${location.id}/hours`, {
      hours: [{ weekday: 1, opens: '12:00', closes: '09:00' }],
    });
    expect(backwards.body.errors).toEqual({ 'hours.0.closes': 'A block must close after it opens.' });
    expect((await admin.get(`/api/admin/locations/${location.id}/hours`)).body).toEqual(put.body);

    expect((await admin.put(`/api/admin/locations/${SOME_ID}/hours`, { hours: [] })).status).toBe(404);
    const emptied = await admin.put(`/api/admin/locations/${location.id}/hours`, { hours: [] });
    expect(emptied.body).toEqual({ locationId: location.id, hours: [] });
  });
});

describe('desk closures and staff absences', () => {
  test('an administrator adds closures everywhere and of a location, and absences at a desk, and lists them by window', async () => {
    const location = await makeLocation();
    const desk = await makeDesk(location.id);
    const everywhere = await admin.post('/api/admin/desk-closures', {
      startsAt: '2027-01-01T00:00:00+01:00',
      endsAt: '2027-01-02T00:00:00+01:00',
      reason: 'Nieuwjaar',
    });
    expect(everywhere.status).toBe(201);
    expect(everywhere.body).toMatchObject({
      locationId: null,
      deskId: null,
      startsAt: '2026-12-31T23:00:00.000Z',
      endsAt: '2027-01-01T23:00:00.000Z',
      reason: 'Nieuwjaar',
    });
    const closed = await admin.post('/api/admin/desk-closures', {
      locationId: location.id,
      startsAt: '2027-01-04T12:00:00Z',
      endsAt: '2027-01-04T16:00:00Z',
      reason: 'Personeelsfeest',
    });
    expect(closed.status).toBe(201);
    const absence = await admin.post('/api/admin/desk-closures', {
      deskId: desk.id,
      startsAt: '2027-01-05T08:00:00Z',
      endsAt: '2027-01-05T12:00:00Z',
      reason: 'Opleiding',
    });
    expect(absence.status).toBe(201);
    expect(absence.body).toMatchObject({ locationId: location.id, deskId: desk.id });

    const ours = [everywhere.body.id, closed.body.id, absence.body.id];
    const all = await staff
      .get(listUrl('desk-closures', { filter: { id: ours }, sort: ['startsAt', 'DESC'] }))
      .expect(200);
    expect(all.body.map((c: { id: string }) => c.id)).toEqual([...ours].reverse());
    expect(all.headers['content-range']).toBe('desk-closures 0-2/3');
    // a window overlapping only the location's closure (ends exactly where the absence would start: not overlapping)
    const window = await agent
      .get(listUrl('desk-closures', { filter: { id: ours, from: '2027-01-04T15:00:00Z', to: '2027-01-05T08:00:00Z' } }))
      .expect(200);
    expect(window.body.map((c: { id: string }) => c.id)).toEqual([closed.body.id]);
    const atLocation = await agent.get(listUrl('desk-closures', { filter: { locationId: location.id } })).expect(200);
    expect(atLocation.body.map((c: { id: string }) => c.id)).toEqual([closed.body.id, absence.body.id]);
    const atDesk = await agent.get(listUrl('desk-closures', { filter: { deskId: desk.id } })).expect(200);
    expect(atDesk.body.map((c: { id: string }) => c.id)).toEqual([absence.body.id]);

    const changed = await admin.put(`/api/admin/desk-closures/${absence.body.id}`, {
      endsAt: '2027-01-05T16:00:00Z',
      reason: 'Ziek',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      deskId: desk.id,
      locationId: location.id,
      endsAt: '2027-01-05T16:00:00.000Z',
      reason: 'Ziek',
    });
    const backwards = await admin.put(`/api/admin/desk-closures/${absence.body.id}`, {
      endsAt: '2027-01-05T07:00:00Z',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual({ endsAt: 'The end must be after the start.' });

    expect((await admin.delete(`/api/admin/desk-closures/${closed.body.id}`)).status).toBe(200);
    expect((await admin.get(`/api/admin/desk-closures/${closed.body.id}`)).status).toBe(404);
    expect((await admin.put(`/api/admin/desk-closures/${SOME_ID}`, { reason: 'Iets' })).status).toBe(404);
  });

  test('the end must be after the start; a desk of another location, an unknown desk or location, and bad instants are 400', async () => {
    const [a, b] = [await makeLocation(), await makeLocation()];
    const deskOfB = await makeDesk(b.id);
    const backwards = await admin.post('/api/admin/desk-closures', {
      locationId: a.id,
      startsAt: '2027-02-01T12:00:00Z',
      endsAt: '2027-02-01T08:00:00Z',
      reason: 'Verbouwing',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual({ endsAt: 'The end must be after the start.' });
    const mismatch = await admin.post('/api/admin/desk-closures', {
      locationId: a.id,
      deskId: deskOfB.id,
      startsAt: '2027-02-01T08:00:00Z',
      endsAt: '2027-02-01T12:00:00Z',
      reason: 'Ziek',
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors).toEqual({ deskId: 'This desk is at another location.' });
    expect(
      (
        await admin.post('/api/admin/desk-closures', {
          deskId: SOME_ID,
          startsAt: '2027-02-01T08:00:00Z',
          endsAt: '2027-02-01T12:00:00Z',
          reason: 'Ziek',
        })
      ).body.errors,
    ).toEqual({ deskId: 'No such desk.' });
    expect(
      (
        await admin.post('/api/admin/desk-closures', {
          locationId: SOME_ID,
          startsAt: '2027-02-01T08:00:00Z',
          endsAt: '2027-02-01T12:00:00Z',
          reason: 'Dicht',
        })
      ).body.errors,
    ).toEqual({ locationId: 'No such location.' });
    const local = await admin.post('/api/admin/desk-closures', {
      startsAt: '2027-02-01T08:00:00',
      endsAt: 'morgen',
      reason: 'x',
    });
    expect(local.status).toBe(400);
    expect(Object.keys(local.body.errors).sort()).toEqual(['endsAt', 'reason', 'startsAt']);
  });
});

describe('appointments (read-only)', () => {
  let service: { id: string };
  let desk: { id: string; locationId: string };
  let otherDesk: { id: string; locationId: string };
  const rows: Record<string, string> = {};

  const at = (iso: string) => new Date(iso);
  async function makeAppointment(
    name: string,
    startsAt: Date,
    over: {
      other?: boolean;
      status?: 'booked' | 'cancelled' | 'completed';
      email?: string;
      phone?: string;
      channel?: 'online' | 'phone';
    } = {},
  ) {
    const d = over.other ? otherDesk : desk;
    const endsAt = new Date(startsAt.getTime() + 15 * 60_000);
    const a = await db().appointment.create({
      data: {
        code: `T${unique().toUpperCase()}`,
        serviceId: service.id,
        deskId: d.id,
        locationId: d.locationId,
        startsAt,
        endsAt,
        blockedUntil: new Date(endsAt.getTime() + 5 * 60_000),
        status: over.status ?? 'booked',
        channel: over.channel ?? 'online',
        name,
        email: over.email ?? null,
        phone: over.phone ?? null,
        manageTokenHash: randomBytes(32).toString('hex'),
        manageTokenEnc: randomBytes(32).toString('hex'),
      },
    });
    rows[name] = a.id;
    return a;
  }

  beforeAll(async () => {
    service = await makeService();
    const location = await makeLocation();
    desk = await makeDesk(location.id, 'Balie 1', [service.id]);
    otherDesk = await makeDesk(location.id, 'Balie 2', [service.id]);
    // 2026-10-25 in Brussels runs from 2026-10-24T22:00Z (CEST) to 2026-10-25T23:00Z (CET): 25 hours
    await makeAppointment('Voor middernacht', at('2026-10-24T21:50:00Z')); // 24 Oct 23:50 local
    await makeAppointment('Vroeg', at('2026-10-24T22:30:00Z'), { email: 'vroeg@example.be' }); // 00:30 local
    await makeAppointment('Dubbel uur', at('2026-10-25T01:30:00Z'), {
      other: true,
      phone: '+32470123456',
      channel: 'phone',
    }); // the second 02:30 local
    await makeAppointment('Geannuleerd', at('2026-10-25T09:00:00Z'), { status: 'cancelled' });
    await makeAppointment('Laat', at('2026-10-25T22:30:00Z')); // 23:30 local
    await makeAppointment('Na middernacht', at('2026-10-25T23:10:00Z')); // 26 Oct 00:10 local
  });

  const names = (body: { name: string }[]) => body.map((a) => a.name);

  test('the day filter follows the Brussels wall clock across the end of summer time', async () => {
    const day = await admin
      .get(listUrl('appointments', { filter: { day: '2026-10-25', serviceId: service.id } }))
      .expect(200);
    expect(names(day.body)).toEqual(['Vroeg', 'Dubbel uur', 'Geannuleerd', 'Laat']);
    expect(day.headers['content-range']).toBe('appointments 0-3/4');
    const next = await admin
      .get(listUrl('appointments', { filter: { day: '2026-10-26', serviceId: service.id } }))
      .expect(200);
    expect(names(next.body)).toEqual(['Na middernacht']);
    const before = await admin
      .get(listUrl('appointments', { filter: { day: '2026-10-24', serviceId: service.id } }))
      .expect(200);
    expect(names(before.body)).toEqual(['Voor middernacht']);
    const bad = await admin.get(listUrl('appointments', { filter: { day: '25/10/2026' } }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors['filter.day']).toBe('Use YYYY-MM-DD.');
  });

  test('filters by desk, status, channel and a search on name, email, phone or code; sorts by start', async () => {
    const list = (filter: object, sort?: [string, string]) =>
      staff.get(listUrl('appointments', { filter: { serviceId: service.id, ...filter }, sort })).expect(200);
    expect(names((await list({ deskId: otherDesk.id })).body)).toEqual(['Dubbel uur']);
    expect(names((await list({ status: 'cancelled' })).body)).toEqual(['Geannuleerd']);
    expect(names((await list({ status: ['booked'], channel: 'phone' })).body)).toEqual(['Dubbel uur']);
    expect(names((await list({ q: 'VROEG@' })).body)).toEqual(['Vroeg']);
    expect(names((await list({ q: '0470 12 34 56' })).body)).toEqual(['Dubbel uur']);
    const one = await db().appointment.findUniqueOrThrow({ where: { id: rows.Laat } });
    expect(names((await list({ q: one.code.toLowerCase() })).body)).toEqual(['Laat']);
    expect(names((await list({ locationId: desk.locationId, day: '2026-10-25' }, ['startsAt', 'DESC'])).body)).toEqual([
      'Laat',
      'Geannuleerd',
      'Dubbel uur',
      'Vroeg',
    ]);
  });

  test('one appointment shows the booking without its secret token; unknown is 404; every read is audited', async () => {
    const res = await agent.get(`/api/admin/appointments/${rows.Vroeg}`).expect(200);
    expect(Object.keys(res.body).sort()).toEqual(
      [
        'id',
        'code',
        'serviceId',
        'deskId',
        'locationId',
        'startsAt',
        'endsAt',
        'status',
        'channel',
        'name',
        'email',
        'phone',
        'language',
        'contactId',
        'ticketId',
        'createdByUserId',
        'reminderSentAt',
        'cancelledAt',
        'createdAt',
        'version',
        'visit',
      ].sort(),
    );
    expect(res.body).toMatchObject({
      name: 'Vroeg',
      email: 'vroeg@example.be',
      startsAt: '2026-10-24T22:30:00.000Z',
      status: 'booked',
      channel: 'online',
      language: 'nl',
    });
    expect((await agent.get(`/api/admin/appointments/${SOME_ID}`)).status).toBe(404);
    const audit = await db().auditEntry.findMany({
      where: { entityType: 'contact', entityId: rows.Vroeg, action: 'view' },
    });
    expect(audit).toHaveLength(1);
    expect(
      await db().auditEntry.count({
        where: {
          entityType: 'contact',
          entityId: '*',
          action: 'view',
          details: { path: ['route'], equals: 'GET /api/admin/appointments' },
        },
      }),
    ).toBeGreaterThan(0);
  });
});

describe('roles', () => {
  test('agents and staff read everything but change nothing', async () => {
    const location = await makeLocation();
    const desk = await makeDesk(location.id);
    const service = await makeService();
    const hours = await admin.post('/api/admin/desk-hours', {
      locationId: location.id,
      weekday: 1,
      opens: '09:00',
      closes: '12:00',
    });
    const closure = await admin.post('/api/admin/desk-closures', {
      locationId: location.id,
      startsAt: '2027-03-01T08:00:00Z',
      endsAt: '2027-03-01T12:00:00Z',
      reason: 'Dicht',
    });
    for (const c of [agent, staff]) {
      const writes = [
        await c.post('/api/admin/services', serviceBody()),
        await c.put(`/api/admin/services/${service.id}`, { nameNl: 'Anders' }),
        await c.delete(`/api/admin/services/${service.id}`),
        await c.post('/api/admin/locations', { name: `Nieuw ${unique()}` }),
        await c.put(`/api/admin/locations/${location.id}`, { name: 'Anders' }),
        await c.delete(`/api/admin/locations/${location.id}`),
        await c.post('/api/admin/desks', { locationId: location.id, name: 'Nieuw' }),
        await c.put(`/api/admin/desks/${desk.id}`, { name: 'Anders' }),
        await c.delete(`/api/admin/desks/${desk.id}`),
        await c.post('/api/admin/desk-hours', { locationId: location.id, weekday: 2, opens: '09:00', closes: '12:00' }),
        await c.put(`/api/admin/desk-hours/${hours.body.id}`, { opens: '08:00' }),
        await c.delete(`/api/admin/desk-hours/${hours.body.id}`),
        await c.put(`/api/admin/locations/${location.id}/hours`, { hours: [] }),
        await c.post('/api/admin/desk-closures', {
          startsAt: '2027-03-01T08:00:00Z',
          endsAt: '2027-03-01T12:00:00Z',
          reason: 'Dicht',
        }),
        await c.put(`/api/admin/desk-closures/${closure.body.id}`, { reason: 'Anders' }),
        await c.delete(`/api/admin/desk-closures/${closure.body.id}`),
      ];
      expect(writes.map((r) => r.status)).toEqual(writes.map(() => 403));
      for (const resource of ['services', 'locations', 'desks', 'desk-hours', 'desk-closures', 'appointments']) {
        expect((await c.get(listUrl(resource))).status).toBe(200);
      }
    }
    expect((await admin.get(`/api/admin/services/${service.id}`)).body.active).toBe(true);
    expect(await db().deskHours.count({ where: { locationId: location.id } })).toBe(1);
  });
});
