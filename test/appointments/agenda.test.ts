import { randomUUID } from 'node:crypto';
import { db } from '../../src/db';
import { agendasFor, agendasForProduct, dayWindow } from '../../src/appointments/agenda';
import { availability, busyFrom, busyIntervals, type DeskAgenda } from '../../src/appointments/availability';
import type { WeeklyHours } from '../../src/routing/calendar';

// The agenda as it was read before it became one statement (December 2026), kept as the reference: four Prisma
// queries with a row per appointment.
async function referenceAgendasFor(serviceId: string, from: string, to: string, exceptAppointmentId?: string) {
  const client = db();
  const { start, end } = dayWindow(from, to);
  const hoursOf = (rows: { weekday: number; opens: string; closes: string }[]): WeeklyHours[] =>
    rows.map((r) => ({ weekday: r.weekday as WeeklyHours['weekday'], opens: r.opens, closes: r.closes }));
  const desks = await client.desk.findMany({
    where: { active: true, location: { active: true }, services: { some: { serviceId } } },
    orderBy: { name: 'asc' },
    select: { id: true, locationId: true },
  });
  if (desks.length === 0) return [];
  const locationIds = [...new Set(desks.map((d) => d.locationId))];
  const deskIds = desks.map((d) => d.id);
  const [hours, closures, appointments] = await Promise.all([
    client.deskHours.findMany({ where: { locationId: { in: locationIds } } }),
    client.deskClosure.findMany({
      where: {
        startsAt: { lt: end },
        endsAt: { gt: start },
        OR: [
          { locationId: null, deskId: null },
          { locationId: { in: locationIds }, deskId: null },
          { deskId: { in: deskIds } },
        ],
      },
    }),
    client.appointment.findMany({
      where: {
        deskId: { in: deskIds },
        status: { not: 'cancelled' },
        startsAt: { lt: end },
        blockedUntil: { gt: start },
        ...(exceptAppointmentId ? { id: { not: exceptAppointmentId } } : {}),
      },
      select: { deskId: true, startsAt: true, blockedUntil: true },
    }),
  ]);
  return desks.map((desk) => {
    const own = hours.filter((h) => h.deskId === desk.id);
    const rows = own.length ? own : hours.filter((h) => h.locationId === desk.locationId && h.deskId === null);
    return {
      deskId: desk.id,
      locationId: desk.locationId,
      hours: hoursOf(rows.filter((h) => h.kind === 'appointments')),
      walkIn: hoursOf(rows.filter((h) => h.kind === 'walk_in')),
      closed: closures
        .filter(
          (c) =>
            c.deskId === desk.id || (c.deskId === null && (c.locationId === null || c.locationId === desk.locationId)),
        )
        .map((c) => ({ start: c.startsAt, end: c.endsAt })),
      busy: busyFrom(
        appointments.filter((a) => a.deskId === desk.id).map((a) => ({ start: a.startsAt, end: a.blockedUntil })),
      ),
    };
  });
}

/** An agenda in a form that does not depend on the order rows came in, where that order means nothing. */
const normal = (agendas: (DeskAgenda & { locationId: string })[]) =>
  agendas.map((a) => ({
    deskId: a.deskId,
    locationId: a.locationId,
    hours: a.hours.map((h) => JSON.stringify(h)).sort(),
    walkIn: a.walkIn.map((h) => JSON.stringify(h)).sort(),
    closed: a.closed.map((c) => `${c.start.toISOString()} ${c.end.toISOString()}`).sort(),
    busy: busyIntervals(a.busy)
      .map((b) => `${b.start.toISOString()} ${b.end.toISOString()}`)
      .sort(),
  }));

// a window across the change to summer time (28 March 2027)
const FROM = '2027-03-22';
const TO = '2027-04-04';
const { start: WINDOW_START, end: WINDOW_END } = dayWindow(FROM, TO);
const MINUTE = 60_000;
const at = (base: Date, minutes: number, ms = 0) => new Date(base.getTime() + minutes * MINUTE + ms);

let serviceId: string;
let serviceCode: string;
let movedId: string;
let ownHoursDeskId: string;

beforeAll(async () => {
  const tag = randomUUID().slice(0, 8);
  const service = await db().service.create({
    data: { code: `agenda-${tag}`, nameNl: 'Paspoort', nameEn: 'Passport', durationMinutes: 15 },
  });
  const other = await db().service.create({
    data: { code: `other-${tag}`, nameNl: 'Rijbewijs', nameEn: 'Driving licence', durationMinutes: 20 },
  });
  serviceId = service.id;
  serviceCode = service.code;
  const location = (name: string, active = true) => db().location.create({ data: { name: `${name} ${tag}`, active } });
  const [town, annex, closedDown] = await Promise.all([
    location('Stadhuis'),
    location('Bijhuis'),
    location('Oud', false),
  ]);
  const desk = (locationId: string, name: string, serves: string, active = true) =>
    db().desk.create({ data: { locationId, name, active, services: { create: { serviceId: serves } } } });
  // names order the desks; an inactive desk, a desk of a closed-down location and one for another product stay out
  const ownHours = await desk(town.id, 'Loket 1', service.id);
  ownHoursDeskId = ownHours.id;
  const townHours = await desk(town.id, 'Loket 2', service.id);
  const inactive = await desk(town.id, 'Loket 3', service.id, false);
  const otherProduct = await desk(town.id, 'Loket 4', other.id);
  const annexDesk = await desk(annex.id, 'Balie A', service.id);
  const gone = await desk(closedDown.id, 'Balie Z', service.id);
  await db().deskHours.createMany({
    data: [
      ...[1, 2, 3, 4, 5].map((weekday) => ({ locationId: town.id, weekday, opens: '08:30', closes: '12:00' })),
      { locationId: town.id, weekday: 2, opens: '13:00', closes: '16:00', kind: 'walk_in' as const },
      { locationId: town.id, deskId: ownHours.id, weekday: 7, opens: '00:00', closes: '06:00' },
      { locationId: town.id, deskId: ownHours.id, weekday: 3, opens: '14:00', closes: '19:00' },
      { locationId: annex.id, weekday: 6, opens: '09:00', closes: '12:00' },
      { locationId: closedDown.id, weekday: 1, opens: '09:00', closes: '12:00' },
    ],
  });
  const closure = (where: { locationId?: string; deskId?: string }, startsAt: Date, endsAt: Date) =>
    db().deskClosure.create({ data: { ...where, startsAt, endsAt, reason: 'test' } });
  await Promise.all([
    closure({}, at(WINDOW_START, 24 * 60 + 9 * 60), at(WINDOW_START, 24 * 60 + 10 * 60, 123)),
    closure({}, at(WINDOW_END, 60), at(WINDOW_END, 120)),
    closure({}, at(WINDOW_START, -120), at(WINDOW_START, 0)),
    closure({}, at(WINDOW_START, -120), at(WINDOW_START, 1, 1)),
    closure({ locationId: town.id }, at(WINDOW_START, 2 * 24 * 60), at(WINDOW_START, 3 * 24 * 60)),
    closure({ locationId: annex.id }, at(WINDOW_START, 5 * 24 * 60 + 600, 7), at(WINDOW_START, 5 * 24 * 60 + 600, 7)),
    closure(
      { locationId: town.id, deskId: ownHours.id },
      at(WINDOW_START, 3 * 24 * 60 + 540),
      at(WINDOW_START, 3 * 24 * 60 + 600),
    ),
    closure({ locationId: town.id, deskId: otherProduct.id }, at(WINDOW_START, 540), at(WINDOW_START, 600)),
    closure({ locationId: closedDown.id }, at(WINDOW_START, 540), at(WINDOW_START, 600)),
  ]);
  let n = 0;
  const appointment = async (
    deskId: string,
    locationId: string,
    startsAt: Date,
    minutes: number,
    over: { status?: 'booked' | 'completed' | 'cancelled' | 'no_show'; bufferMs?: number } = {},
  ) => {
    const code = `${tag}-${n++}`;
    const endsAt = new Date(startsAt.getTime() + minutes * MINUTE);
    const a = await db().appointment.create({
      data: {
        code,
        serviceId: service.id,
        deskId,
        locationId,
        startsAt,
        endsAt,
        blockedUntil: new Date(endsAt.getTime() + (over.bufferMs ?? 0)),
        status: over.status ?? 'booked',
        channel: 'online',
        name: 'Test',
        manageTokenHash: code,
        manageTokenEnc: 'x',
      },
    });
    return a.id;
  };
  const day = (d: number, minutes: number, ms = 0) => at(WINDOW_START, d * 24 * 60 + minutes, ms);
  for (const [deskId, locationId] of [
    [ownHours.id, town.id],
    [townHours.id, town.id],
    [annexDesk.id, annex.id],
  ]) {
    for (let d = 0; d < 14; d++)
      for (let m = 510; m < 720; m += 45) await appointment(deskId, locationId, day(d, m), 15);
    // long before and after
    await appointment(deskId, locationId, at(WINDOW_START, -400 * 24 * 60), 15);
    await appointment(deskId, locationId, at(WINDOW_END, 200 * 24 * 60), 15);
  }
  // across the window's start and its end; ending exactly at its start and starting exactly at its end (outside)
  for (const [deskId, locationId] of [
    [ownHours.id, town.id],
    [annexDesk.id, annex.id],
  ]) {
    await appointment(deskId, locationId, at(WINDOW_START, -10), 20);
    await appointment(deskId, locationId, at(WINDOW_END, -10), 20);
  }
  await appointment(townHours.id, town.id, at(WINDOW_START, -20), 20);
  await appointment(townHours.id, town.id, at(WINDOW_END, 0), 15);
  // to the millisecond, with a buffer; cancelled (free again); served early (an empty range) inside the window and
  // exactly at its start; a no-show
  await appointment(ownHours.id, town.id, day(1, 13 * 60 + 7, 123), 15, { bufferMs: 5 * MINUTE + 77 });
  await appointment(ownHours.id, town.id, day(1, 15 * 60), 15, { status: 'cancelled' });
  await appointment(ownHours.id, town.id, day(1, 15 * 60), 15);
  await appointment(townHours.id, town.id, day(2, 14 * 60 + 3), 0, { status: 'completed' });
  await appointment(townHours.id, town.id, at(WINDOW_START, 0), 0, { status: 'completed' });
  await appointment(annexDesk.id, annex.id, day(5, 12 * 60 + 20), 20, { status: 'no_show' });
  movedId = await appointment(annexDesk.id, annex.id, day(5, 13 * 60), 15);
  // desks that are not asked about
  await appointment(inactive.id, town.id, day(1, 600), 15);
  await appointment(gone.id, closedDown.id, day(1, 600), 15);
  await appointment(otherProduct.id, town.id, day(1, 600), 15);
});

test('the agenda in one statement holds the same desks in the same order, with the same hours, closures and appointments, as four queries did', async () => {
  const agendas = await agendasFor(serviceId, FROM, TO);
  expect(agendas.map((a) => a.deskId)).toHaveLength(3);
  expect(normal(agendas)).toEqual(normal(await referenceAgendasFor(serviceId, FROM, TO)));
  // in order of start, and to the millisecond
  const own = agendas.find((a) => a.deskId === ownHoursDeskId)!;
  const starts = [...own.busy.starts];
  expect(starts).toEqual([...starts].sort((x, y) => x - y));
  expect(own.busy.ends.some((end, k) => end - own.busy.starts[k] === 20 * MINUTE + 77)).toBe(true);
});

test('leaving out the appointment being moved, and asking for one day, match the four queries too', async () => {
  expect(normal(await agendasFor(serviceId, FROM, TO, { exceptAppointmentId: movedId }))).toEqual(
    normal(await referenceAgendasFor(serviceId, FROM, TO, movedId)),
  );
  for (const day of ['2027-03-22', '2027-03-28', '2027-03-29'])
    expect(normal(await agendasFor(serviceId, day, day))).toEqual(
      normal(await referenceAgendasFor(serviceId, day, day)),
    );
});

test('so the free times are those the four queries gave', async () => {
  const rules = { durationMinutes: 15, bufferMinutes: 5, minNoticeMinutes: 0, maxDaysAhead: 400 };
  const now = new Date('2027-03-01T00:00:00Z');
  const slots = availability(rules, await agendasFor(serviceId, FROM, TO), FROM, TO, now);
  expect(slots.length).toBeGreaterThan(50);
  expect(slots).toEqual(availability(rules, await referenceAgendasFor(serviceId, FROM, TO), FROM, TO, now));
});

test('a product no active desk serves has no agenda', async () => {
  const lonely = await db().service.create({
    data: { code: `lonely-${randomUUID().slice(0, 8)}`, nameNl: 'Niets', nameEn: 'Nothing', durationMinutes: 10 },
  });
  expect(await agendasFor(lonely.id, FROM, TO)).toEqual([]);
});

test('a product named by its code or its id reads the same agenda and says which product it is; an unknown code reads none', async () => {
  const byId = await agendasFor(serviceId, FROM, TO);
  expect(await agendasForProduct(serviceCode, FROM, TO)).toEqual({ serviceId, agendas: byId });
  expect(await agendasForProduct(serviceId, FROM, TO)).toEqual({ serviceId, agendas: byId });
  expect(await agendasForProduct('bestaat-niet', FROM, TO)).toEqual({ serviceId: null, agendas: [] });
});
