import type { Express } from 'express';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { clock } from '../../src/shared/clock';
import { createDevice } from '../../src/guidance/devices';
import { today } from '../../src/guidance/lifecycle';
import { newAppointmentCode } from '../../src/appointments/booking';
import { randomToken, sha256Hex } from '../../src/shared/tokens';
import { loginAs, makeUser, type Console } from '../support/factories';

/**
 * One visit lifecycle, whoever registers the visitor: a clerk in the Dagplanning, the kiosk with or without a code.
 * The town hall: three desks for identity cards, open Monday to Friday 09:00–12:00, walk-ins at the kiosk in the same
 * hours. The desks' hours are judged on the clock (set to a Tuesday); the visits themselves happen today.
 */
let app: Express;
let staff: Console;
let admin: Console;
let location: string;
let idCard: string;
let kiosk: string;
const desks: string[] = [];
const realNow = clock.now;
const tuesdayAt = (time: string) => () => new Date(`2026-11-24T${time}:00+01:00`);

beforeAll(async () => {
  app = buildApp();
  staff = await loginAs(app, await makeUser('staff', []));
  admin = await loginAs(app, await makeUser('admin'));
  location = (await db().location.create({ data: { name: 'Stadhuis Voordeur', address: 'Grote Markt 1' } })).id;
  idCard = (
    await db().service.create({
      data: {
        code: 'eid-visit',
        nameNl: 'Identiteitskaart',
        nameEn: 'Identity card',
        durationMinutes: 15,
        bufferMinutes: 5,
        queuePrefix: 'A',
      },
    })
  ).id;
  for (const name of ['Loket 1', 'Loket 2', 'Loket 3']) {
    desks.push(
      (await db().desk.create({ data: { locationId: location, name, services: { create: { serviceId: idCard } } } }))
        .id,
    );
  }
  await db().deskHours.createMany({
    data: [1, 2, 3, 4, 5].flatMap((weekday) => [
      { locationId: location, weekday, opens: '09:00', closes: '12:00', kind: 'appointments' as const },
      { locationId: location, weekday, opens: '09:00', closes: '12:00', kind: 'walk_in' as const },
    ]),
  });
  kiosk = (await createDevice({ name: 'Zuil', kind: 'kiosk', locationId: location })).token;
});
beforeEach(async () => {
  clock.now = tuesdayAt('10:00');
  await db().visit.deleteMany();
  await db().appointment.deleteMany();
  await db().deskClosure.deleteMany();
  await db().deskHours.deleteMany({ where: { deskId: { not: null } } });
});
afterAll(() => {
  clock.now = realNow;
});

const registerWalkIn = (body: object) => staff.post('/api/admin/appointments/walk-in', { serviceId: idCard, ...body });
const queueOf = async (desk: string) =>
  (await staff.get(`/api/admin/desks/${desk}/queue`).expect(200)).body.map((v: { number: string }) => v.number);
const floor = async () =>
  (await staff.get(`/api/admin/locations/${location}/floor`).expect(200)).body as {
    number: string;
    status: string;
    walkIn: boolean;
    name: string | null;
  }[];
const step = (visitId: string, s: 'start' | 'finish' | 'no-show') =>
  staff.post(`/api/admin/visits/${visitId}/${s}`, {}).expect(200);
const callNext = async (desk: string) =>
  (await staff.post(`/api/admin/desks/${desk}/call-next`, {}).expect(200)).body.visit as { id: string; number: string };
async function serve(desk: string, number: string) {
  const called = await callNext(desk);
  expect(called.number).toBe(number);
  await step(called.id, 'start');
  await step(called.id, 'finish');
}

test('a walk-in registered by a clerk waits at once: a number, in the Wachtzaal, in the queue of its desk, and the Dagplanning shows it', async () => {
  const res = await registerWalkIn({ deskId: desks[0], name: 'Karel Desmet' });
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({
    channel: 'walk_in',
    status: 'checked_in',
    deskId: desks[0],
    visit: { status: 'waiting', number: expect.stringMatching(/^A\d{3}$/) },
  });
  const number = res.body.visit.number as string;

  expect(await floor()).toEqual([
    expect.objectContaining({ number, status: 'waiting', walkIn: true, name: 'Karel Desmet' }),
  ]);
  expect(await queueOf(desks[0])).toEqual([number]);
  // the desk's time was booked for this visitor: the other desks do not call them
  expect(await queueOf(desks[1])).toEqual([]);
  const planning = await staff
    .get(`/api/admin/appointments?filter=${encodeURIComponent(JSON.stringify({ locationId: location, day: today() }))}`)
    .expect(200);
  expect(planning.body).toEqual([
    expect.objectContaining({ id: res.body.id, visit: { id: res.body.visit.id, number, status: 'waiting' } }),
  ]);

  // called, served, finished: the Dagplanning follows the visit
  const called = await callNext(desks[0]);
  expect(called.number).toBe(number);
  expect(await floor()).toEqual([expect.objectContaining({ number, status: 'called' })]);
  await step(called.id, 'start');
  await step(called.id, 'finish');
  expect(await floor()).toEqual([]);
  const after = await staff.get(`/api/admin/appointments/${res.body.id}`).expect(200);
  expect(after.body).toMatchObject({ status: 'completed', visit: { number, status: 'done' } });
});

test('finishing a visit frees the rest of its booked time, so the next walk-in at that desk fits', async () => {
  const first = await registerWalkIn({ deskId: desks[0] }).expect(201);
  // while the first is waiting, the desk's time is theirs
  const busy = await registerWalkIn({ deskId: desks[0] });
  expect(busy.status).toBe(409);
  expect(busy.body.errors).toEqual({ deskId: 'Taken now.' });

  await serve(desks[0], first.body.visit.number);
  const ended = await db().appointment.findUniqueOrThrow({ where: { id: first.body.id } });
  expect(ended.status).toBe('completed');
  // the appointment ends when the service ended: before its booked 15 minutes and its 5 minutes' buffer
  expect(ended.endsAt.getTime()).toBeLessThanOrEqual(Date.now());
  expect(ended.blockedUntil.getTime()).toBe(ended.endsAt.getTime());

  const next = await registerWalkIn({ deskId: desks[0] });
  expect(next.status).toBe(201);
  expect(next.body.visit.status).toBe('waiting');
  // and a no-show frees it too
  const noShow = await callNext(desks[0]);
  await step(noShow.id, 'no-show');
  expect((await db().appointment.findUniqueOrThrow({ where: { id: next.body.id } })).status).toBe('no_show');
  await registerWalkIn({ deskId: desks[0] }).expect(201);
});

test('a walk-in outside the desk’s hours is refused with the hours; staff may serve anyway with a reason, kept on the visit', async () => {
  clock.now = tuesdayAt('17:40');
  const refused = await registerWalkIn({ deskId: desks[0] });
  expect(refused.status).toBe(409);
  expect(refused.body.message).toBe(
    'Loket 1 takes visitors today 09:00–12:00 (Brussels time) only. To serve this visitor now anyway, give the reason (outsideHoursReason).',
  );
  expect(refused.body.errors).toMatchObject({ hours: '09:00–12:00' });
  expect(await db().visit.count()).toBe(0);
  expect(await db().appointment.count()).toBe(0);

  const tooShort = await registerWalkIn({ deskId: desks[0], outsideHoursReason: 'x' });
  expect(tooShort.status).toBe(400);
  const served = await registerWalkIn({ deskId: desks[0], outsideHoursReason: 'Afspraak gemist door treinstaking' });
  expect(served.status).toBe(201);
  expect(served.body.visit).toMatchObject({
    status: 'waiting',
    outsideHoursReason: 'Afspraak gemist door treinstaking',
  });
  expect((await db().visit.findUniqueOrThrow({ where: { id: served.body.visit.id } })).outsideHoursReason).toBe(
    'Afspraak gemist door treinstaking',
  );

  // the kiosk says its hours too (and has no override)
  const atKiosk = await request(app)
    .post('/api/kiosk/check-in')
    .set('X-Device-Token', kiosk)
    .send({ serviceId: idCard })
    .expect(400);
  expect(atKiosk.body).toMatchObject({
    message: 'Without appointment today: 09:00–12:00. Make an appointment at the kiosk or online.',
    errors: { serviceId: 'closed', hours: '09:00–12:00' },
  });

  clock.now = () => new Date('2026-11-28T10:00:00+01:00'); // a Saturday
  expect((await registerWalkIn({ deskId: desks[0] })).body.message).toBe(
    'Loket 1 is closed today. To serve this visitor anyway, give the reason (outsideHoursReason).',
  );
});

test('a desk’s own hours and its absences count: the walk-in goes to a desk that is open now, or is refused with that desk’s hours', async () => {
  // desk 2 works afternoons; desk 1 is away 09:30–10:30 today
  await db().deskHours.create({
    data: { locationId: location, deskId: desks[1], weekday: 2, opens: '13:00', closes: '17:00', kind: 'appointments' },
  });
  await db().deskClosure.create({
    data: {
      deskId: desks[0],
      startsAt: new Date('2026-11-24T09:30:00+01:00'),
      endsAt: new Date('2026-11-24T10:30:00+01:00'),
      reason: 'Opleiding',
    },
  });
  const desk2 = await registerWalkIn({ deskId: desks[1] });
  expect(desk2.status).toBe(409);
  expect(desk2.body.errors.hours).toBe('13:00–17:00');
  const desk1 = await registerWalkIn({ deskId: desks[0] });
  expect(desk1.body.errors.hours).toBe('09:00–09:30, 10:30–12:00');
  // without a desk named: the first desk open now
  const any = await registerWalkIn({}).expect(201);
  expect(any.body.deskId).toBe(desks[2]);
});

test('every report counts each visit once: three walk-ins are three without appointment, one booked online and served is one with', async () => {
  // two walk-ins a clerk registers at desk 1 (the second fits once the first is done), one from the kiosk
  const a = await registerWalkIn({ deskId: desks[0] }).expect(201);
  await serve(desks[0], a.body.visit.number);
  const b = await registerWalkIn({ deskId: desks[0] }).expect(201);
  await serve(desks[0], b.body.visit.number);
  const c = await request(app)
    .post('/api/kiosk/check-in')
    .set('X-Device-Token', kiosk)
    .send({ serviceId: idCard })
    .expect(201);
  await serve(desks[1], c.body.number);
  // booked online for a few minutes from now at desk 3, checked in at the kiosk with its code, served
  const start = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 2 * 60_000);
  const code = newAppointmentCode();
  await db().appointment.create({
    data: {
      code,
      serviceId: idCard,
      deskId: desks[2],
      locationId: location,
      startsAt: start,
      endsAt: new Date(start.getTime() + 15 * 60_000),
      blockedUntil: new Date(start.getTime() + 20 * 60_000),
      channel: 'online',
      name: 'Ann Online',
      email: 'ann@example.org',
      manageTokenHash: sha256Hex(randomToken()),
      manageTokenEnc: 'x',
    },
  });
  const d = await request(app).post('/api/kiosk/check-in').set('X-Device-Token', kiosk).send({ code }).expect(201);
  await serve(desks[2], d.body.number);
  // served before the booked time, the appointment takes none of it
  const online = await db().appointment.findUniqueOrThrow({ where: { code } });
  expect(online.status).toBe('completed');
  expect([online.endsAt.getTime(), online.blockedUntil.getTime()]).toEqual([start.getTime(), start.getTime()]);

  const report = async (name: string) =>
    (await admin.get(`/api/admin/reports/${name}?from=${today()}&to=${today()}`).expect(200)).body.rows;
  expect(await report('appointment-channels')).toEqual([
    { channel: 'online', appointments: 1, share: 25, cancelled: 0 },
    { channel: 'walk_in', appointments: 3, share: 75, cancelled: 0 },
  ]);
  expect(await report('visitors-per-product')).toEqual([{ product: 'Identiteitskaart', visitors: 4, walkIns: 3 }]);
  expect(
    (await report('waiting-times')).map((r: { group: string; visitors: number }) => [r.group, r.visitors]),
  ).toEqual([
    ['appointment', 1],
    ['walk-in', 3],
    ['all', 4],
  ]);
  expect(await report('walk-ins')).toEqual([{ day: today(), walkIns: 3, visitors: 4 }]);
  expect(await report('no-shows')).toEqual([
    { product: 'Identiteitskaart', due: 1, noShows: 0, rate: 0 },
    { product: 'all', due: 1, noShows: 0, rate: 0 },
  ]);
  expect((await report('visits-heatmap')).reduce((sum: number, r: { visitors: number }) => sum + r.visitors, 0)).toBe(
    4,
  );
  const dashboard = (await admin.get('/api/admin/dashboard').expect(200)).body;
  expect(dashboard.appointmentsToday).toEqual([{ status: 'completed', appointments: 1 }]);
});

test('a visitor who went away before being called is marked as left: out of the queue, and a walk-in’s desk time comes free', async () => {
  const gone = await registerWalkIn({ deskId: desks[0] }).expect(201);
  await staff.post(`/api/admin/visits/${gone.body.visit.id}/left`, {}).expect(200);
  expect(await queueOf(desks[0])).toEqual([]);
  expect(await floor()).toEqual([]);
  expect(await db().visit.findUniqueOrThrow({ where: { id: gone.body.visit.id } })).toMatchObject({
    status: 'cancelled',
    calledAt: null,
  });
  expect((await db().appointment.findUniqueOrThrow({ where: { id: gone.body.id } })).status).toBe('no_show');
  await registerWalkIn({ deskId: desks[0] }).expect(201);
  // only a visitor still waiting can leave
  const again = await staff.post(`/api/admin/visits/${gone.body.visit.id}/left`, {});
  expect(again.status).toBe(409);
});
