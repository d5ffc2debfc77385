import type { Express } from 'express';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { randomToken, sha256Hex } from '../../src/shared/tokens';
import { loginAs, makeUser, type Console } from '../support/factories';

/**
 * A small town-hall week around the autumn clock change (Sunday 25 October 2026: 03:00 summer time becomes 02:00
 * winter time). Every expected figure below was worked out by hand from these rows, not by the code under test.
 */
let app: Express;
let admin: Console;
let d1: string; // Burgerzaken
let d2: string; // Openbare Werken
const H = 3600_000;

async function ticket(over: {
  channel: 'web' | 'email' | 'phone' | 'sms';
  department: string;
  created: string;
  firstResponseH?: number;
  resolvedH?: number;
  firstDueH?: number;
  dueH?: number;
}) {
  const created = new Date(over.created);
  const at = (h?: number) => (h === undefined ? null : new Date(created.getTime() + h * H));
  await db().ticket.create({
    data: {
      reference: `VD-${Math.random().toString().slice(2, 6)}-${Math.random().toString().slice(2, 6)}`,
      subject: 'Vraag',
      channel: over.channel,
      departmentId: over.department,
      createdAt: created,
      firstResponseAt: at(over.firstResponseH),
      resolvedAt: at(over.resolvedH),
      firstResponseDueAt: at(over.firstDueH),
      dueAt: at(over.dueH),
      status: over.resolvedH !== undefined ? 'resolved' : 'open',
    },
  });
}

beforeAll(async () => {
  app = buildApp();
  admin = await loginAs(app, await makeUser('admin'));
  d1 = (await db().department.create({ data: { name: 'Burgerzaken' } })).id;
  d2 = (await db().department.create({ data: { name: 'Openbare Werken' } })).id;

  // tickets: 23:30 and 00:30 local on both sides of the change
  await ticket({
    channel: 'web',
    department: d1,
    created: '2026-10-24T21:30:00Z',
    firstResponseH: 2,
    resolvedH: 10,
    firstDueH: 3,
    dueH: 8,
  }); // Sat 24, 23:30 (+02)
  await ticket({ channel: 'web', department: d1, created: '2026-10-24T22:30:00Z', firstResponseH: 4, firstDueH: 3 }); // Sun 25, 00:30 (+02)
  await ticket({
    channel: 'email',
    department: d2,
    created: '2026-10-25T22:30:00Z',
    firstResponseH: 1,
    resolvedH: 3,
    firstDueH: 2,
    dueH: 5,
  }); // Sun 25, 23:30 (+01)
  await ticket({ channel: 'phone', department: d2, created: '2026-10-25T23:30:00Z', firstDueH: 1 }); // Mon 26, 00:30
  await ticket({
    channel: 'sms',
    department: d1,
    created: '2026-10-26T08:00:00Z',
    firstResponseH: 6,
    resolvedH: 30,
    dueH: 48,
  }); // Mon 26, 09:00
  await ticket({ channel: 'web', department: d1, created: '2026-10-26T23:00:00Z', firstResponseH: 1 }); // Tue 27, 00:00: outside the period

  const location = (await db().location.create({ data: { name: 'Stadhuis' } })).id;
  const s1 = (
    await db().service.create({
      data: { code: 'eid', nameNl: 'Identiteitskaart', nameEn: 'Identity card', durationMinutes: 15, departmentId: d1 },
    })
  ).id;
  const s2 = (
    await db().service.create({
      data: {
        code: 'bouw',
        nameNl: 'Bouwvergunning',
        nameEn: 'Building permit',
        durationMinutes: 30,
        departmentId: d2,
      },
    })
  ).id;
  const desk = (await db().desk.create({ data: { locationId: location, name: 'Loket 1' } })).id;
  let slot = 0;
  const appointment = async (
    serviceId: string,
    channel: 'online' | 'phone' | 'counter' | 'walk_in',
    status: 'completed' | 'no_show' | 'cancelled' | 'checked_in',
  ) => {
    const start = new Date(Date.UTC(2026, 9, 26, 8, 0) + slot++ * 30 * 60_000);
    return (
      await db().appointment.create({
        data: {
          code: `R${slot}AAAA`,
          serviceId,
          deskId: desk,
          locationId: location,
          startsAt: start,
          endsAt: new Date(start.getTime() + 15 * 60_000),
          blockedUntil: new Date(start.getTime() + 15 * 60_000),
          status,
          channel,
          name: 'X',
          manageTokenHash: sha256Hex(randomToken()),
          manageTokenEnc: 'x',
        },
      })
    ).id;
  };
  const a1 = await appointment(s1, 'online', 'completed');
  await appointment(s1, 'online', 'no_show');
  const a3 = await appointment(s1, 'phone', 'completed');
  await appointment(s2, 'counter', 'cancelled');
  // a walk-in a clerk registered: the desk's time booked for them, and their visit (below)
  const walkIn = await appointment(s1, 'walk_in', 'completed');
  await appointment(s2, 'online', 'completed');

  let number = 0;
  const visit = async (v: {
    serviceId: string;
    appointmentId?: string;
    walkIn: boolean;
    checkedIn: string;
    due: string;
    called?: string;
    status: 'done' | 'cancelled';
  }) =>
    db().visit.create({
      data: {
        locationId: location,
        serviceId: v.serviceId,
        appointmentId: v.appointmentId,
        day: new Date(v.checkedIn.slice(0, 10)),
        number: `A${++number}`,
        walkIn: v.walkIn,
        checkedInAt: new Date(v.checkedIn),
        dueAt: new Date(v.due),
        calledAt: v.called ? new Date(v.called) : null,
        status: v.status,
      },
    });
  await visit({
    serviceId: s1,
    appointmentId: a1,
    walkIn: false,
    checkedIn: '2026-10-26T08:50:00Z',
    due: '2026-10-26T09:00:00Z',
    called: '2026-10-26T08:58:00Z',
    status: 'done',
  }); // 8 min, before its time
  await visit({
    serviceId: s1,
    appointmentId: a3,
    walkIn: false,
    checkedIn: '2026-10-26T09:10:00Z',
    due: '2026-10-26T09:15:00Z',
    called: '2026-10-26T09:20:00Z',
    status: 'done',
  }); // 10 min, late
  await visit({
    serviceId: s1,
    appointmentId: walkIn,
    walkIn: true,
    checkedIn: '2026-10-26T09:00:00Z',
    due: '2026-10-26T09:00:00Z',
    called: '2026-10-26T09:30:00Z',
    status: 'done',
  }); // 30 min
  await visit({
    serviceId: s2,
    walkIn: true,
    checkedIn: '2026-10-25T09:00:00Z',
    due: '2026-10-25T09:00:00Z',
    called: '2026-10-25T09:12:00Z',
    status: 'done',
  }); // Sun 10:00 (+01), 12 min
  await visit({
    serviceId: s1,
    walkIn: true,
    checkedIn: '2026-10-24T07:30:00Z',
    due: '2026-10-24T07:30:00Z',
    status: 'cancelled',
  }); // left before being called
});

const report = async (name: string, extra = '') => {
  const res = await admin.get(`/api/admin/reports/${name}?from=2026-10-24&to=2026-10-26${extra}`);
  expect(res.status).toBe(200);
  return res.body.rows;
};

test('contacts per channel per local day: 23:30 and 00:30 land on their own Brussels day, on both sides of the clock change', async () => {
  expect(await report('contacts-per-day')).toEqual(
    [
      { day: '2026-10-24', channel: 'web', contacts: 1 },
      { day: '2026-10-25', channel: 'web', contacts: 1 },
      { day: '2026-10-25', channel: 'email', contacts: 1 },
      { day: '2026-10-26', channel: 'phone', contacts: 1 },
      { day: '2026-10-26', channel: 'sms', contacts: 1 },
    ].sort((a, b) => (a.day + a.channel).localeCompare(b.day + b.channel)),
  );
});

test('per week (from Monday) the same contacts add up to the same total; a department filter keeps only its own', async () => {
  const weeks = await report('contacts-per-week');
  expect(weeks).toEqual([
    { week: '2026-10-19', channel: 'email', contacts: 1 },
    { week: '2026-10-19', channel: 'web', contacts: 2 },
    { week: '2026-10-26', channel: 'phone', contacts: 1 },
    { week: '2026-10-26', channel: 'sms', contacts: 1 },
  ]);
  const days = await report('contacts-per-day');
  const sum = (rows: { contacts: number }[]) => rows.reduce((s, r) => s + r.contacts, 0);
  expect(sum(weeks)).toBe(5);
  expect(sum(days)).toBe(sum(weeks));
  expect(await report('contacts-per-day', `&departmentIds=${d2}`)).toEqual([
    { day: '2026-10-25', channel: 'email', contacts: 1 },
    { day: '2026-10-26', channel: 'phone', contacts: 1 },
  ]);
});

test('how appointments were made (walk-ins counted from their visits, the one who left as cancelled), and no-shows among those that were due', async () => {
  expect(await report('appointment-channels')).toEqual([
    { channel: 'counter', appointments: 0, share: 0, cancelled: 1 },
    { channel: 'online', appointments: 3, share: 50, cancelled: 0 },
    { channel: 'phone', appointments: 1, share: 16.7, cancelled: 0 },
    { channel: 'walk_in', appointments: 2, share: 33.3, cancelled: 1 },
  ]);
  expect(await report('no-shows')).toEqual([
    { product: 'Bouwvergunning', due: 1, noShows: 0, rate: 0 },
    { product: 'Identiteitskaart', due: 3, noShows: 1, rate: 33.3 },
    { product: 'all', due: 4, noShows: 1, rate: 25 },
  ]);
});

test('waiting times: average and 90th percentile, and the share called before their booked time', async () => {
  expect(await report('waiting-times')).toEqual([
    { group: 'appointment', visitors: 2, averageMinutes: 9, p90Minutes: 9.8, calledBeforeTime: 50 },
    { group: 'walk-in', visitors: 2, averageMinutes: 21, p90Minutes: 28.2, calledBeforeTime: null },
    { group: 'all', visitors: 4, averageMinutes: 15, p90Minutes: 24.6, calledBeforeTime: 50 },
  ]);
});

test('visitors per product, the weekday × hour heat map in local time, and walk-ins per day', async () => {
  expect(await report('visitors-per-product')).toEqual([
    { product: 'Identiteitskaart', visitors: 3, walkIns: 1 },
    { product: 'Bouwvergunning', visitors: 1, walkIns: 1 },
  ]);
  expect(await report('visits-heatmap')).toEqual([
    { weekday: 1, hour: 9, visitors: 1 },
    { weekday: 1, hour: 10, visitors: 2 },
    { weekday: 7, hour: 10, visitors: 1 },
  ]);
  expect(await report('walk-ins')).toEqual([
    { day: '2026-10-25', walkIns: 1, visitors: 1 },
    { day: '2026-10-26', walkIns: 1, visitors: 3 },
  ]);
  expect(await report('visitors-per-product', `&departmentIds=${d2}`)).toEqual([
    { product: 'Bouwvergunning', visitors: 1, walkIns: 1 },
  ]);
});

test('first-response and resolution times per department', async () => {
  expect(await report('response-times')).toEqual([
    {
      department: 'Burgerzaken',
      tickets: 3,
      answered: 3,
      firstResponseAvgHours: 4,
      firstResponseP90Hours: 5.6,
      resolved: 2,
      resolutionAvgHours: 20,
      resolutionP90Hours: 28,
    },
    {
      department: 'Openbare Werken',
      tickets: 2,
      answered: 1,
      firstResponseAvgHours: 1,
      firstResponseP90Hours: 1,
      resolved: 1,
      resolutionAvgHours: 3,
      resolutionP90Hours: 3,
    },
    {
      department: 'all',
      tickets: 5,
      answered: 4,
      firstResponseAvgHours: 3.3,
      firstResponseP90Hours: 5.4,
      resolved: 3,
      resolutionAvgHours: 14.3,
      resolutionP90Hours: 26,
    },
  ]);
});

test('SLA compliance per department', async () => {
  expect(await report('sla-compliance')).toEqual([
    {
      department: 'Burgerzaken',
      firstResponseMet: 1,
      firstResponseMissed: 1,
      firstResponseCompliance: 50,
      resolutionMet: 1,
      resolutionMissed: 1,
      resolutionCompliance: 50,
    },
    {
      department: 'Openbare Werken',
      firstResponseMet: 1,
      firstResponseMissed: 1,
      firstResponseCompliance: 50,
      resolutionMet: 1,
      resolutionMissed: 0,
      resolutionCompliance: 100,
    },
    {
      department: 'all',
      firstResponseMet: 2,
      firstResponseMissed: 2,
      firstResponseCompliance: 50,
      resolutionMet: 2,
      resolutionMissed: 1,
      resolutionCompliance: 66.7,
    },
  ]);
});

test('every report is also CSV; bad periods and unknown reports are clear 4xx', async () => {
  const csv = await admin.get('/api/admin/reports/contacts-per-week.csv?from=2026-10-24&to=2026-10-26');
  expect(csv.status).toBe(200);
  expect(csv.headers['content-type']).toMatch(/text\/csv/);
  expect(csv.headers['content-disposition']).toBe('attachment; filename="contacts-per-week_2026-10-24_2026-10-26.csv"');
  // for Excel in Belgium: byte-order mark, semicolons, the user's (Dutch) words
  expect(csv.text).toBe(
    '\uFEFFWeek (vanaf maandag);Kanaal;Contacten\r\n2026-10-19;E-mail;1\r\n2026-10-19;Webformulier;2\r\n2026-10-26;Telefoon;1\r\n2026-10-26;Sms;1\r\n',
  );
  expect((await admin.get('/api/admin/reports/contacts-per-day?from=2026-10-26&to=2026-10-24')).status).toBe(400);
  expect((await admin.get('/api/admin/reports/contacts-per-day?from=26/10/2026&to=2026-10-24')).status).toBe(400);
  expect(
    (await admin.get('/api/admin/reports/contacts-per-day?from=2026-10-24&to=2026-10-26&departmentIds=abc')).status,
  ).toBe(400);
  const unknown = await admin.get('/api/admin/reports/omzet?from=2026-10-24&to=2026-10-26');
  expect(unknown.status).toBe(404);
  expect(unknown.body.message).toContain('contacts-per-day');
});

test('an English-speaking user gets the CSV in English, decimals with a point; a Dutch one with a comma', async () => {
  const english = await loginAs(
    app,
    await db().user.update({ where: { id: (await makeUser('admin')).id }, data: { language: 'en' } }),
  );
  const csv = await english.get('/api/admin/reports/response-times.csv?from=2026-10-24&to=2026-10-26').expect(200);
  const [header, , , total] = csv.text.split('\r\n');
  expect(header).toBe(
    '\uFEFFDepartment;Tickets;Answered;First response avg. (h);First response P90 (h);Resolved;Resolution avg. (h);Resolution P90 (h)',
  );
  expect(total).toBe('Total;5;4;3.3;5.4;3;14.3;26');
  const dutch = await admin.get('/api/admin/reports/response-times.csv?from=2026-10-24&to=2026-10-26').expect(200);
  expect(dutch.text.split('\r\n')[3]).toBe('Totaal;5;4;3,3;5,4;3;14,3;26');
  const english2 = await english
    .get('/api/admin/reports/contacts-per-week.csv?from=2026-10-24&to=2026-10-26')
    .expect(200);
  expect(english2.text.split('\r\n').slice(0, 3)).toEqual([
    '\uFEFFWeek (from Monday);Channel;Contacts',
    '2026-10-19;Email;1',
    '2026-10-19;Web form;2',
  ]);
});

test('department staff get only their own departments, whatever they ask for', async () => {
  const staff = await loginAs(app, await makeUser('staff', [d2]));
  const res = await staff.get(`/api/admin/reports/contacts-per-day?from=2026-10-24&to=2026-10-26&departmentIds=${d1}`);
  expect(res.body.rows).toEqual([]);
  const own = await staff.get('/api/admin/reports/contacts-per-day?from=2026-10-24&to=2026-10-26');
  expect(own.body.rows.map((r: { channel: string }) => r.channel).sort()).toEqual(['email', 'phone']);
});

test("the dashboard shows open work by department and status, and today's figures", async () => {
  const res = await admin.get('/api/admin/dashboard');
  expect(res.status).toBe(200);
  expect(res.body.openTickets).toEqual([
    { department: 'Burgerzaken', status: 'open', tickets: 2 },
    { department: 'Openbare Werken', status: 'open', tickets: 1 },
  ]);
  expect(res.body).toMatchObject({ sla: { near: 0, past: 0 }, contactsToday: [], appointmentsToday: [], queueNow: [] });
});
