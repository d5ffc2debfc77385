import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { clock } from '../../src/shared/clock';
import { createDevice } from '../../src/guidance/devices';
import { closeScreens } from '../../src/guidance/display';
import { closeEarlierDays } from '../../src/guidance/queue';
import { randomToken, sha256Hex } from '../../src/shared/tokens';
import { newAppointmentCode } from '../../src/appointments/booking';
import { loginAs, makeUser, type Console } from '../support/factories';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

let app: Express;
let staff: Console;
let staffUser: { email: string };
let location: string;
let idCard: string; // A
let passport: string; // P
const desks: Record<string, string> = {};
let kiosk: string;
let screen: string;
const realNow = clock.now;

beforeAll(async () => {
  app = buildApp();
  staffUser = await makeUser('staff', []);
  staff = await loginAs(app, staffUser);
  location = (await db().location.create({ data: { name: 'Stadhuis', address: 'Grote Markt 1' } })).id;
  idCard = (
    await db().service.create({
      data: { code: 'eid', nameNl: 'Identiteitskaart', nameEn: 'Identity card', durationMinutes: 10, queuePrefix: 'A' },
    })
  ).id;
  passport = (
    await db().service.create({
      data: { code: 'pas', nameNl: 'Reispas', nameEn: 'Passport', durationMinutes: 20, queuePrefix: 'P' },
    })
  ).id;
  // desk 1 does identity cards, desk 2 both, desk 3 passports only
  for (const [name, services] of [
    ['Loket 1', [idCard]],
    ['Loket 2', [idCard, passport]],
    ['Loket 3', [passport]],
  ] as const) {
    desks[name] = (
      await db().desk.create({
        data: { locationId: location, name, services: { create: services.map((serviceId) => ({ serviceId })) } },
      })
    ).id;
  }
  // walk-in hours every day, all day: whether walk-ins are served is tested with the clock
  await db().deskHours.createMany({
    data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      locationId: location,
      weekday,
      opens: '00:00',
      closes: '24:00',
      kind: 'walk_in' as const,
    })),
  });
  kiosk = (await createDevice({ name: 'Zuil inkom', kind: 'kiosk', locationId: location })).token;
  screen = (await createDevice({ name: 'Scherm wachtzaal', kind: 'screen', locationId: location })).token;
  clock.now = () => new Date('2026-11-24T10:00:00+01:00'); // a Tuesday morning
});
afterAll(() => {
  clock.now = realNow;
});
beforeEach(async () => {
  await db().visit.deleteMany();
});

let codes = 0;
async function appointmentIn(minutes: number, serviceId = idCard) {
  const start = new Date(Date.now() + minutes * 60_000);
  const end = new Date(start.getTime() + 10 * 60_000);
  const code = newAppointmentCode();
  codes++;
  await db().appointment.create({
    data: {
      code,
      serviceId,
      // each on a desk of its own, so fixtures never collide with the no-double-booking constraint; the queue goes by product
      deskId: (await db().desk.create({ data: { locationId: location, name: `Archief ${codes}` } })).id,
      locationId: location,
      startsAt: start,
      endsAt: end,
      blockedUntil: end,
      channel: 'online',
      name: `Bezoeker ${codes}`,
      manageTokenHash: sha256Hex(randomToken()),
      manageTokenEnc: 'x',
    },
  });
  return code;
}

const checkIn = (body: object, token = kiosk) =>
  request(app).post('/api/kiosk/check-in').set('X-Device-Token', token).send(body);
const walkIn = async (serviceId = idCard) => (await checkIn({ serviceId }).expect(201)).body.number as string;
const byCode = async (code: string) => (await checkIn({ code }).expect(201)).body.number as string;
const callNext = async (desk: string) =>
  (await staff.post(`/api/admin/desks/${desk}/call-next`, {})).body.visit as { id: string; number: string } | null;

test('the kiosk gives numbers per letter and day, the same number twice for the same appointment', async () => {
  const a = await walkIn();
  const b = await walkIn();
  const p = await walkIn(passport);
  expect([a, b, p]).toEqual([
    expect.stringMatching(/^A\d{3}$/),
    expect.stringMatching(/^A\d{3}$/),
    expect.stringMatching(/^P\d{3}$/),
  ]);
  expect(Number(b.slice(1))).toBe(Number(a.slice(1)) + 1);
  const code = await appointmentIn(5);
  const first = await byCode(code);
  expect(await byCode(code.toLowerCase())).toBe(first);
  expect(await db().visit.count({ where: { appointment: { code } } })).toBe(1);
  expect((await db().appointment.findUniqueOrThrow({ where: { code } })).status).toBe('checked_in');
});

test('early and late arrivals, unknown codes, wrong devices and walk-ins outside walk-in hours are refused plainly', async () => {
  const early = await checkIn({ code: await appointmentIn(90) }).expect(400);
  expect(early.body).toMatchObject({
    message: expect.stringMatching(
      /^You are early: your appointment is (today|tomorrow) at \d\d:\d\d; check in from \d\d:\d\d\.$/,
    ),
    errors: { code: 'too_early', day: expect.stringMatching(/^(today|tomorrow)$/) },
  });
  // the kiosk says the day and both times from these, in the visitor's language
  const { startsAt, checkInFrom } = early.body.errors as { startsAt: string; checkInFrom: string };
  expect(Date.parse(startsAt) - Date.parse(checkInFrom)).toBe(30 * 60_000);
  const late = await checkIn({ code: await appointmentIn(-30) }).expect(400);
  expect(late.body.errors).toEqual({ code: 'too_late' });
  await checkIn({ code: 'ZZZZZZ' }).expect(404);
  await checkIn({ code: 'ZZZZZZ' }, screen).expect(403);
  await checkIn({ code: 'ZZZZZZ' }, 'niet-een-echt-toestel-token-00000000').expect(401);
  await checkIn({}).expect(400);
  clock.now = () => new Date('2026-11-25T20:00:00+01:00');
  await db().deskHours.deleteMany({ where: { locationId: location } });
  await db().deskHours.create({
    data: { locationId: location, weekday: 2, opens: '08:30', closes: '12:00', kind: 'walk_in' },
  });
  try {
    const closed = await checkIn({ serviceId: idCard }).expect(400);
    // a Wednesday: no hours without appointment at all today, and the kiosk says so
    expect(closed.body).toMatchObject({
      message: 'There are no hours without appointment today. Make an appointment at the kiosk or online.',
      errors: { serviceId: 'closed', hours: '' },
    });
  } finally {
    clock.now = () => new Date('2026-11-24T10:00:00+01:00');
    await db().deskHours.deleteMany({ where: { locationId: location } });
    await db().deskHours.createMany({
      data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        locationId: location,
        weekday,
        opens: '00:00',
        closes: '24:00',
        kind: 'walk_in' as const,
      })),
    });
  }
});

test('a desk calls due appointments first by their time, then walk-ins by arrival, then early arrivals; only for products it serves', async () => {
  const w1 = await walkIn();
  const early = await byCode(await appointmentIn(25));
  const due2 = await byCode(await appointmentIn(-1));
  const w2 = await walkIn();
  const due1 = await byCode(await appointmentIn(-3));
  const passportVisitor = await walkIn(passport);
  const queue = (await staff.get(`/api/admin/desks/${desks['Loket 1']}/queue`)).body.map(
    (v: { number: string }) => v.number,
  );
  expect(queue).toEqual([due1, due2, w1, w2, early]);
  const called = [];
  for (let i = 0; i < 6; i++) called.push((await callNext(desks['Loket 1']))?.number ?? null);
  expect(called).toEqual([due1, due2, w1, w2, early, null]);
  // the passport visitor is waiting for a desk that serves passports
  expect((await callNext(desks['Loket 3']))!.number).toBe(passportVisitor);
});

test('three desks calling at the same moment never get the same visitor', async () => {
  const numbers = [];
  for (let i = 0; i < 12; i++) numbers.push(await walkIn());
  const calls = await Promise.all(
    Array.from({ length: 15 }, (_, i) => callNext(i % 2 ? desks['Loket 1'] : desks['Loket 2'])),
  );
  const got = calls.filter(Boolean).map((v) => v!.number);
  expect(got).toHaveLength(12);
  expect(new Set(got).size).toBe(12);
  expect(new Set(got)).toEqual(new Set(numbers));
  const visits = await db().visit.findMany({ where: { number: { in: numbers } } });
  expect(visits.every((v) => v.status === 'called' && v.callCount === 1 && v.deskId)).toBe(true);
});

test('serving keeps every moment; a no-show and a finished visit update their appointment', async () => {
  const code = await appointmentIn(0);
  await byCode(code);
  const v = (await callNext(desks['Loket 1']))!;
  await staff.post(`/api/admin/visits/${v.id}/recall`, {}).then((r) => expect(r.body.callCount).toBe(2));
  await staff.post(`/api/admin/visits/${v.id}/start`, {}).then((r) => expect(r.body.status).toBe('serving'));
  await staff.post(`/api/admin/visits/${v.id}/finish`, {}).then((r) => expect(r.body.status).toBe('done'));
  const done = await db().visit.findUniqueOrThrow({ where: { id: v.id }, include: { appointment: true } });
  expect(
    done.checkedInAt <= done.calledAt! && done.calledAt! <= done.servedAt! && done.servedAt! <= done.finishedAt!,
  ).toBe(true);
  expect(done.appointment!.status).toBe('completed');
  await staff.post(`/api/admin/visits/${v.id}/no-show`, {}).then((r) => expect(r.status).toBe(409));

  const code2 = await appointmentIn(0);
  await byCode(code2);
  const absent = (await callNext(desks['Loket 2']))!;
  await staff.post(`/api/admin/visits/${absent.id}/no-show`, {}).then((r) => expect(r.body.status).toBe('no_show'));
  expect((await db().appointment.findUniqueOrThrow({ where: { code: code2 } })).status).toBe('no_show');
});

test('a visitor transferred to another desk or product keeps their number and place, and only the right desks can call them', async () => {
  const first = await walkIn();
  await walkIn();
  const v = (await callNext(desks['Loket 1']))!;
  expect(v.number).toBe(first);
  // they need a passport instead: desk 1 cannot serve it
  const moved = await staff.post(`/api/admin/visits/${v.id}/transfer`, { serviceId: passport });
  expect(moved.body).toMatchObject({ status: 'waiting', serviceId: passport, number: first });
  expect((await callNext(desks['Loket 3']))!.number).toBe(first);
  // sent to one desk: only that desk calls them, and before later arrivals
  const again = await staff.post(`/api/admin/visits/${v.id}/transfer`, { deskId: desks['Loket 2'] });
  expect(again.body.onlyDeskId).toBe(desks['Loket 2']);
  await walkIn(passport);
  expect((await callNext(desks['Loket 3']))!.number).not.toBe(first);
  expect((await callNext(desks['Loket 2']))!.number).toBe(first);
  const bad = await staff.post(`/api/admin/visits/${v.id}/transfer`, { deskId: desks['Loket 1'] });
  expect(bad.status).toBe(400);
});

test('reception sees the floor: who waits for what and how long', async () => {
  await walkIn();
  const code = await appointmentIn(0, passport);
  await byCode(code);
  const floor = (await staff.get(`/api/admin/locations/${location}/floor`)).body;
  expect(floor.map((f: { service: string; status: string }) => [f.service, f.status])).toEqual([
    ['Identiteitskaart', 'waiting'],
    ['Reispas', 'waiting'],
  ]);
  expect(floor[1]).toMatchObject({ walkIn: false, waitingMinutes: expect.any(Number) });
});

describe('waiting-room screens', () => {
  async function listen() {
    const server = app.listen(0);
    await new Promise((r) => server.once('listening', r));
    onTeardown(() => new Promise((r) => server.close(r)));
    return (server.address() as AddressInfo).port;
  }

  /** A minimal EventSource: collects the events of one stream. */
  function stream(port: number, token: string) {
    const events: { event: string; data: unknown }[] = [];
    let status = 0;
    let ended = false;
    const req = http.get({ port, path: `/display/stream?device=${token}` }, (res) => {
      status = res.statusCode ?? 0;
      res.on('end', () => (ended = true));
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      });
    });
    onTeardown(() => req.destroy());
    return { events, status: () => status, ended: () => ended, close: () => req.destroy() };
  }

  test('a screen gets the recent calls at once and every new call, through Redis, from another app instance', async () => {
    const number = await walkIn();
    const earlier = (await callNext(desks['Loket 1']))!;
    expect(earlier.number).toBe(number);
    const port = await listen();
    const s = stream(port, screen);
    await eventually(async () => s.events.find((e) => e.event === 'snapshot'));
    expect(s.events[0].data).toEqual([expect.objectContaining({ number, desk: 'Loket 1', callCount: 1 })]);
    // the call is made through another app (another api copy in production): Redis carries it to this one's screens
    const next = await walkIn();
    const elsewhere = await loginAs(buildApp(), staffUser);
    expect((await elsewhere.post(`/api/admin/desks/${desks['Loket 2']}/call-next`, {})).status).toBe(200);
    const call = await eventually(async () => s.events.find((e) => e.event === 'call'));
    expect(call.data).toMatchObject({ number: next, desk: 'Loket 2', callCount: 1 });
    s.close();
  });

  test('a screen with a kiosk token or none is refused', async () => {
    const port = await listen();
    const bad = stream(port, kiosk);
    await eventually(async () => bad.status() || undefined);
    expect(bad.status()).toBe(403);
    const none = stream(port, 'nietsnietsnietsnietsniets');
    await eventually(async () => none.status() || undefined);
    expect(none.status()).toBe(401);
  });

  test('closing the screens on shutdown ends their streams, so they reconnect elsewhere', async () => {
    const port = await listen();
    const s = stream(port, screen);
    await eventually(async () => s.events.find((e) => e.event === 'snapshot'));
    expect(s.ended()).toBe(false);
    await closeScreens();
    // the server ends the response itself: the client sees the stream finish, not hang
    await eventually(async () => s.ended() || undefined, 3000, 'the stream to end');
  });
});

test('visits left open from an earlier day are closed: waiting ones left, called ones did not come, served ones done', async () => {
  const yesterday = new Date(Date.now() - 86400_000);
  const day = new Date(`${yesterday.toISOString().slice(0, 10)}T00:00:00Z`);
  const make = (number: string, status: 'waiting' | 'called' | 'serving') =>
    db().visit.create({
      data: {
        locationId: location,
        serviceId: idCard,
        day,
        number,
        status,
        walkIn: true,
        dueAt: yesterday,
        checkedInAt: yesterday,
      },
    });
  const [w, c, s] = [await make('Z001', 'waiting'), await make('Z002', 'called'), await make('Z003', 'serving')];
  const todays = await walkIn();
  expect(await closeEarlierDays()).toBe(3);
  const after = await db().visit.findMany({ where: { id: { in: [w.id, c.id, s.id] } }, orderBy: { number: 'asc' } });
  expect(after.map((v) => v.status)).toEqual(['cancelled', 'no_show', 'done']);
  expect((await db().visit.findFirstOrThrow({ where: { number: todays, status: 'waiting' } })).number).toBe(todays);
  expect(await closeEarlierDays()).toBe(0);
});
