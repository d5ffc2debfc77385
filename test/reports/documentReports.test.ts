import type { Express } from 'express';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { seedDocumentTypes } from '../../src/demo/documents';
import { randomToken, sha256Hex } from '../../src/shared/tokens';
import { loginAs, makeUser, type Console } from '../support/factories';

/**
 * The e-loket reports against a fixture whose answers were worked out by hand: ten requests over two weeks that
 * start on Monday 19 and Monday 26 October 2026 (the autumn clock change on Sunday 25), one on each side of both
 * week boundaries in Brussels time.
 *
 *   #  created (UTC)         local            channel  document     delivery  due   delivered  pick-up
 *   1  2026-10-20 08:00      Tue 20 10:00     web      woonst       email     48 h  24 h
 *   2  2026-10-21 09:00      Wed 21 11:00     web      gezin        email     24 h  12 h
 *   3  2026-10-22 10:00      Thu 22 12:00     counter  woonst       post      48 h  72 h
 *   4  2026-10-25 22:30      Sun 25 23:30     web      gezin        pickup    -     -          booked, checked in
 *   5  2026-10-25 23:30      Mon 26 00:30     phone    gezin        pickup    -     -
 *   6  2026-10-27 09:00      Tue 27 10:00     web      woonst       email     48 h  -          (now is past due: late)
 *   7  2026-10-28 09:00      Wed 28 10:00     web      gezin        email     24 h  36 h
 *   8  2026-10-29 09:00      Thu 29 10:00     counter  gezin        email     -     6 h
 *   9  2026-11-01 23:30      Mon 2 Nov 00:30  web      gezin        (after the period)
 *  10  2026-10-18 21:30      Sun 18 23:30     web      gezin        (before the period)
 *
 * Week of 19 Oct: #1 #2 #3 #4 = 4, online 3, counter 1, phone 0: 75 %. Week of 26 Oct: #5 #6 #7 #8 = 4, online 2,
 * counter 1, phone 1: 50 %. Together 8, online 5: 62.5 %.
 * Handling, woonst: 3 requests, delivered 2 (24 + 72 h: 48.0 h on average), on time 1 (#1), late 2 (#3, #6): 33.3 %.
 * Gezin: 5 requests, delivered 3 (12 + 36 + 6 h: 18.0 h), on time 1 (#2), late 1 (#7): 50 %; to pick up 2, booked 1,
 * checked in 1. All: 8, delivered 5 (150 h / 5 = 30.0 h), on time 2, late 3: 40 %; pick-ups 2, 1, 1.
 */
let app: Express;
let admin: Console;
let departmentId: string;
const H = 3600_000;
const PERIOD = 'from=2026-10-19&to=2026-11-01';

async function requestOf(
  n: number,
  over: {
    created: string;
    channel: 'web' | 'counter' | 'phone';
    type: 'attest-van-woonst' | 'samenstelling-van-het-gezin';
    delivery: 'email' | 'post' | 'pickup';
    dueH?: number;
    deliveredH?: number;
  },
) {
  const created = new Date(over.created);
  const at = (h?: number) => (h === undefined ? null : new Date(created.getTime() + h * H));
  const type = await db().documentType.findUniqueOrThrow({ where: { code: over.type } });
  const ticket = await db().ticket.create({
    data: {
      reference: `VD-${String(1000 + n)}-${String(2000 + n)}`,
      subject: 'Aanvraag',
      channel: over.channel,
      departmentId,
      createdAt: created,
      dueAt: at(over.dueH),
    },
  });
  await db().documentRequest.create({
    data: {
      ticketId: ticket.id,
      documentTypeId: type.id,
      delivery: over.delivery,
      deliveredAt: at(over.deliveredH),
      createdAt: created,
    },
  });
  return ticket;
}

beforeAll(async () => {
  app = buildApp();
  admin = await loginAs(app, await makeUser('admin'));
  departmentId = (await db().department.create({ data: { name: 'Burgerzaken' } })).id;
  await seedDocumentTypes(departmentId);
  const W = 'attest-van-woonst' as const;
  const G = 'samenstelling-van-het-gezin' as const;
  await requestOf(1, {
    created: '2026-10-20T08:00:00Z',
    channel: 'web',
    type: W,
    delivery: 'email',
    dueH: 48,
    deliveredH: 24,
  });
  await requestOf(2, {
    created: '2026-10-21T09:00:00Z',
    channel: 'web',
    type: G,
    delivery: 'email',
    dueH: 24,
    deliveredH: 12,
  });
  await requestOf(3, {
    created: '2026-10-22T10:00:00Z',
    channel: 'counter',
    type: W,
    delivery: 'post',
    dueH: 48,
    deliveredH: 72,
  });
  const four = await requestOf(4, { created: '2026-10-25T22:30:00Z', channel: 'web', type: G, delivery: 'pickup' });
  await requestOf(5, { created: '2026-10-25T23:30:00Z', channel: 'phone', type: G, delivery: 'pickup' });
  await requestOf(6, { created: '2026-10-27T09:00:00Z', channel: 'web', type: W, delivery: 'email', dueH: 48 });
  await requestOf(7, {
    created: '2026-10-28T09:00:00Z',
    channel: 'web',
    type: G,
    delivery: 'email',
    dueH: 24,
    deliveredH: 36,
  });
  await requestOf(8, {
    created: '2026-10-29T09:00:00Z',
    channel: 'counter',
    type: G,
    delivery: 'email',
    deliveredH: 6,
  });
  await requestOf(9, { created: '2026-11-01T23:30:00Z', channel: 'web', type: G, delivery: 'email' });
  await requestOf(10, { created: '2026-10-18T21:30:00Z', channel: 'web', type: G, delivery: 'email' });

  // #4 booked a time to pick it up and checked in at the kiosk
  const location = await db().location.create({ data: { name: 'Stadhuis' } });
  const service = await db().service.create({
    data: { code: 'afhalen', nameNl: 'Document afhalen', nameEn: 'Pick up', durationMinutes: 5 },
  });
  const desk = await db().desk.create({ data: { locationId: location.id, name: 'Loket 1' } });
  const start = new Date('2026-10-28T09:00:00Z');
  const appointment = await db().appointment.create({
    data: {
      code: 'AFH123',
      serviceId: service.id,
      deskId: desk.id,
      locationId: location.id,
      startsAt: start,
      endsAt: new Date(start.getTime() + 5 * 60_000),
      blockedUntil: new Date(start.getTime() + 5 * 60_000),
      channel: 'online',
      name: 'Marie Janssens',
      ticketId: four.id,
      manageTokenHash: sha256Hex(randomToken()),
      manageTokenEnc: 'sealed',
    },
  });
  await db().ticketEvent.create({
    data: { ticketId: four.id, type: 'document_pickup_checked_in', data: { appointmentId: appointment.id } },
  });
});

const report = async (name: string) => (await admin.get(`/api/admin/reports/${name}?${PERIOD}`).expect(200)).body.rows;

test('documents requested per week, per document and per channel, weeks in Brussels time', async () => {
  expect(await report('document-requests')).toEqual([
    { week: '2026-10-19', document: 'Attest van woonst', channel: 'counter', requests: 1 },
    { week: '2026-10-19', document: 'Attest van woonst', channel: 'web', requests: 1 },
    { week: '2026-10-19', document: 'Samenstelling van het gezin', channel: 'web', requests: 2 },
    { week: '2026-10-26', document: 'Attest van woonst', channel: 'web', requests: 1 },
    { week: '2026-10-26', document: 'Samenstelling van het gezin', channel: 'counter', requests: 1 },
    { week: '2026-10-26', document: 'Samenstelling van het gezin', channel: 'phone', requests: 1 },
    { week: '2026-10-26', document: 'Samenstelling van het gezin', channel: 'web', requests: 1 },
  ]);
});

test('the online share per week and over the period (the hand-worked fixture)', async () => {
  expect(await report('document-online-share')).toEqual([
    { week: '2026-10-19', requests: 4, online: 3, counter: 1, phone: 0, onlineShare: 75 },
    { week: '2026-10-26', requests: 4, online: 2, counter: 1, phone: 1, onlineShare: 50 },
    { week: 'all', requests: 8, online: 5, counter: 2, phone: 1, onlineShare: 62.5 },
  ]);
});

test('handling time against the target, and pick-ups', async () => {
  expect(await report('document-handling')).toEqual([
    {
      document: 'Attest van woonst',
      requests: 3,
      delivered: 2,
      handlingAvgHours: 48,
      deliveredOnTime: 1,
      deliveredLate: 2,
      targetMet: 33.3,
      pickups: 0,
      pickupsBooked: 0,
      pickedUp: 0,
    },
    {
      document: 'Samenstelling van het gezin',
      requests: 5,
      delivered: 3,
      handlingAvgHours: 18,
      deliveredOnTime: 1,
      deliveredLate: 1,
      targetMet: 50,
      pickups: 2,
      pickupsBooked: 1,
      pickedUp: 1,
    },
    {
      document: 'all',
      requests: 8,
      delivered: 5,
      handlingAvgHours: 30,
      deliveredOnTime: 2,
      deliveredLate: 3,
      targetMet: 40,
      pickups: 2,
      pickupsBooked: 1,
      pickedUp: 1,
    },
  ]);
});

test('as CSV for Excel in Belgium, like the other reports', async () => {
  const csv = await admin.get(`/api/admin/reports/document-online-share.csv?${PERIOD}`).expect(200);
  expect(csv.headers['content-type']).toMatch(/text\/csv/);
  expect(csv.text).toBe(
    '\uFEFFWeek (vanaf maandag);Aanvragen;Online;Loket;Telefoon;Online (%)\r\n2026-10-19;4;3;1;0;75\r\n2026-10-26;4;2;1;1;50\r\nTotaal;8;5;2;1;62,5\r\n',
  );
});

test('department staff get only their own departments', async () => {
  const other = (await db().department.create({ data: { name: 'Openbare Werken' } })).id;
  const staff = await loginAs(app, await makeUser('staff', [other]));
  const res = await staff.get(`/api/admin/reports/document-online-share?${PERIOD}`).expect(200);
  expect(res.body.rows).toEqual([{ week: 'all', requests: 0, online: 0, counter: 0, phone: 0, onlineShare: null }]);
});
