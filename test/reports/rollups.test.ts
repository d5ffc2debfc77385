import type { Express } from 'express';
import { DateTime } from 'luxon';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { periodOf } from '../../src/analytics/period';
import { rollUpReportDays } from '../../src/analytics/rollup';
import { responseTimesDirect, slaComplianceDirect } from '../../src/analytics/ticketReportsDirect';
import { loginAs, makeUser, type Console } from '../support/factories';

/**
 * The two ticket reports read closed days from daily rollups. Whatever the tickets, the period or the filter, their
 * answer must be the one a single query over the tickets gives (responseTimesDirect, slaComplianceDirect: the
 * reports as they were before the rollups), to the last rounded digit, and must follow every change to a ticket of
 * a day already rolled up.
 */
const H = 3600_000;
const zone = 'Europe/Brussels';
let app: Express;
let admin: Console;
let departments: string[];
const channels = ['web', 'email', 'phone', 'sms', 'counter'] as const;
let categories: string[];

// a fixed pseudo-random sequence: the same spread every run
let seed = 20261025;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];

const today = () => DateTime.now().setZone(zone).startOf('day');
const localDay = (iso: string) => DateTime.fromISO(iso, { zone });
let n = 0;

function ticketAt(created: Date, over: Record<string, unknown> = {}) {
  // times to the millisecond, as PostgreSQL keeps them; some whole hours, most not
  const hours = () => (random() < 0.2 ? Math.floor(random() * 60) : random() * 200);
  const firstResponseH = random() < 0.8 ? hours() * 0.3 : null;
  const resolvedH = random() < 0.6 ? hours() : null;
  const firstDueH = random() < 0.85 ? pick([4, 8, 24, 48]) : null;
  const dueH = random() < 0.85 ? pick([24, 72, 120, 480]) : null;
  const at = (h: number | null) => (h === null ? null : new Date(created.getTime() + Math.round(h * H)));
  n++;
  return {
    reference: `VD-R${String(n).padStart(4, '0')}-${Math.floor(random() * 1e4)}`,
    subject: 'Vraag',
    channel: pick(channels),
    departmentId: random() < 0.07 ? null : pick(departments),
    categoryId: pick(categories),
    createdAt: created,
    firstResponseAt: at(firstResponseH),
    resolvedAt: at(resolvedH),
    firstResponseDueAt: at(firstDueH),
    dueAt: at(dueH),
    status: resolvedH === null ? ('open' as const) : ('resolved' as const),
    ...over,
  };
}

/** Deadlines within a few minutes of now would make two answers a moment apart differ for a good reason. */
function awayFromNow<T extends { firstResponseDueAt: Date | null; dueAt: Date | null }>(t: T): T {
  const near = (d: Date | null) => d !== null && Math.abs(d.getTime() - Date.now()) < 10 * 60_000;
  return {
    ...t,
    firstResponseDueAt: near(t.firstResponseDueAt) ? null : t.firstResponseDueAt,
    dueAt: near(t.dueAt) ? null : t.dueAt,
  };
}

beforeAll(async () => {
  app = buildApp();
  admin = await loginAs(app, await makeUser('admin'));
  departments = [];
  for (const name of ['Burgerzaken', 'Openbare Werken', 'Milieu'])
    departments.push((await db().department.create({ data: { name } })).id);
  categories = [];
  for (const code of ['afval', 'straat', 'paspoort'])
    categories.push(
      (await db().category.create({ data: { code, nameNl: code, nameEn: code, departmentId: departments[0] } })).id,
    );
  const rows = [];
  // 2026-10-18 up to now: the autumn clock change (Sunday 25 October, 25 hours) and every day since
  const first = localDay('2026-10-18');
  const days = Math.floor(today().diff(first, 'days').days);
  for (let d = 0; d <= days; d++) {
    const start = first.plus({ days: d });
    const length = start.plus({ days: 1 }).toMillis() - start.toMillis();
    for (let i = 0; i < 12; i++) {
      const created = new Date(start.toMillis() + Math.floor(random() * length));
      if (created.getTime() < Date.now() - 60_000) rows.push(awayFromNow(ticketAt(created)));
    }
    // the last and the first millisecond of each local day
    rows.push(awayFromNow(ticketAt(new Date(start.toMillis() - 1))));
    rows.push(awayFromNow(ticketAt(new Date(start.toMillis()))));
  }
  // around the clock change: 23:30 (+02) on the 24th, 00:30, 02:30 twice (once in summer, once in winter time)
  for (const iso of [
    '2026-10-24T21:30:00Z',
    '2026-10-24T22:30:00Z',
    '2026-10-25T00:30:00Z',
    '2026-10-25T01:30:00Z',
    '2026-10-25T22:59:59.999Z',
    '2026-10-25T23:00:00.000Z',
  ])
    rows.push(ticketAt(new Date(iso)));
  // a few the same whole hours apart (a bucket of one value), one answered at once
  for (let i = 0; i < 5; i++)
    rows.push(
      ticketAt(new Date('2026-10-27T09:00:00Z'), {
        firstResponseAt: new Date('2026-10-27T12:00:00Z'),
        departmentId: departments[2],
      }),
    );
  rows.push(ticketAt(new Date('2026-10-28T09:00:00Z'), { firstResponseAt: new Date('2026-10-28T09:00:00Z') }));
  // unanswered with a deadline still ahead (open, neither met nor missed, until it passes)
  rows.push(
    ticketAt(new Date(Date.now() - 3 * 24 * H), {
      firstResponseAt: null,
      resolvedAt: null,
      firstResponseDueAt: new Date(Date.now() + 5 * 24 * H),
      dueAt: new Date(Date.now() + 9 * 24 * H),
      status: 'open',
    }),
  );
  await db().ticket.createMany({ data: rows });
  // merged tickets do not count. Taken in a fixed order from days the test below does not change: deleting a merge
  // target sets its merged tickets free, which marks their days too (an unordered pick could put the target on a day
  // the test deletes from: forced there, it counts 12 days instead of 7)
  const merged = await db().ticket.findMany({
    where: { createdAt: { gte: localDay('2026-10-21').toJSDate(), lt: localDay('2026-10-23').toJSDate() } },
    orderBy: { createdAt: 'asc' },
    take: 6,
  });
  for (const t of merged.slice(1))
    await db().ticket.update({ where: { id: t.id }, data: { mergedIntoId: merged[0].id } });
});

/** The API's rows against the direct query's, for the report, period and departments. */
async function compare(from: string, to: string, departmentIds?: string[], user: Console = admin) {
  const query = `from=${from}&to=${to}${departmentIds ? `&departmentIds=${departmentIds.join(',')}` : ''}`;
  const period = periodOf({ from, to, departmentIds });
  const [times, sla] = await Promise.all([
    user.get(`/api/admin/reports/response-times?${query}`),
    user.get(`/api/admin/reports/sla-compliance?${query}`),
  ]);
  expect(times.status).toBe(200);
  expect(sla.status).toBe(200);
  expect({ period: query, rows: times.body.rows }).toEqual({ period: query, rows: await responseTimesDirect(period) });
  expect({ period: query, rows: sla.body.rows }).toEqual({ period: query, rows: await slaComplianceDirect(period) });
  return { times: times.body.rows, sla: sla.body.rows };
}

const iso = (d: DateTime) => d.toISODate()!;
const periods = () => {
  const t = today();
  return [
    ['2026-10-18', iso(t)], // everything, up to and with today
    ['2026-10-24', '2026-10-26'], // the clock change
    ['2026-10-25', '2026-10-25'], // its 25 hours alone
    [iso(t.minus({ days: 7 })), iso(t)],
    [iso(t), iso(t)], // today only: live
    [iso(t.minus({ days: 1 })), iso(t.minus({ days: 1 }))],
    ['2026-11-02', '2026-11-15'],
    ['2026-09-01', '2026-10-17'], // before the first ticket
  ] as [string, string][];
};

async function compareAll() {
  for (const [from, to] of periods()) {
    await compare(from, to);
    await compare(from, to, [departments[0]]);
    await compare(from, to, [departments[1], departments[2]]);
  }
}

test('rolled up, every answer is the direct query’s: periods across the clock change and ending today, with and without departments', async () => {
  const { rolledUp } = await rollUpReportDays(10_000);
  expect(rolledUp).toBeGreaterThan(40);
  // every closed day is now in the rollups, none marked changed: the answers below come from them
  const yesterday = iso(today().minus({ days: 1 }));
  const [{ days, dirty }] = await db().$queryRaw<{ days: number; dirty: number }[]>`
    SELECT (SELECT count(*)::int FROM report_day WHERE day BETWEEN '2026-10-18' AND ${yesterday}::date) AS days,
           (SELECT count(*)::int FROM report_dirty_day) AS dirty`;
  expect(days).toBe(Math.round(localDay(yesterday).diff(localDay('2026-10-18'), 'days').days) + 1);
  expect(dirty).toBe(0);
  // the percentiles need the tickets of an hour now and then: hours holding several different times exist
  const [{ mixed }] = await db().$queryRaw<{ mixed: number }[]>`
    SELECT count(*)::int AS mixed FROM report_ticket_time WHERE min_hours <> max_hours`;
  expect(mixed).toBeGreaterThan(10);
  await compareAll();
});

test('department staff get their own departments over the rollups too', async () => {
  const staff = await loginAs(app, await makeUser('staff', [departments[1]]));
  const t = iso(today());
  const own = await compare('2026-10-18', t, [departments[1]], staff);
  const res = await staff.get(`/api/admin/reports/response-times?from=2026-10-18&to=${t}`);
  expect(res.body.rows).toEqual(own.times);
  const other = await staff.get(
    `/api/admin/reports/sla-compliance?from=2026-10-18&to=${t}&departmentIds=${departments[0]}`,
  );
  expect(other.body.rows).toEqual(
    await slaComplianceDirect(periodOf({ from: '2026-10-18', to: t, departmentIds: [] })),
  );
});

test('the rollups are what is read: a rollup that does not add up is noticed and the tickets answer', async () => {
  await rollUpReportDays(10_000);
  // a wrong count in a closed day's rollup shows (so the answers above did come from the rollups) ...
  await db()
    .$executeRaw`UPDATE report_ticket_day SET resolution_met = resolution_met + 1000 WHERE id = (SELECT min(id) FROM report_ticket_day WHERE day = '2026-10-26')`;
  const sla = await admin.get('/api/admin/reports/sla-compliance?from=2026-10-26&to=2026-10-26');
  expect(sla.body.rows.at(-1).resolutionMet).toBe(
    (await slaComplianceDirect(periodOf({ from: '2026-10-26', to: '2026-10-26' }))).at(-1)!.resolutionMet + 1000,
  );
  // the next rollup of a day marked changed puts it right
  await db().$executeRaw`INSERT INTO report_dirty_day (day) VALUES ('2026-10-26')`;
  await rollUpReportDays(10_000);
  await compare('2026-10-20', '2026-10-30');
  // hour counts that disagree with the tickets are caught, and the direct query answers
  await db()
    .$executeRaw`UPDATE report_ticket_time SET tickets = tickets + 1 WHERE id = (SELECT min(id) FROM report_ticket_time WHERE day = '2026-10-27')`;
  await compare('2026-10-20', '2026-10-30');
  await db().$executeRaw`INSERT INTO report_dirty_day (day) VALUES ('2026-10-27')`;
  await rollUpReportDays(10_000);
});

test('changes to tickets of rolled-up days are in the very next answer, and in the rollup after', async () => {
  await rollUpReportDays(10_000);
  const from = '2026-10-18';
  const to = iso(today());
  const before = await compare(from, to);
  const day = (d: string) => ({ gte: localDay(d).toJSDate(), lt: localDay(d).plus({ days: 1 }).toJSDate() });
  const one = (d: string, where: Record<string, unknown> = {}) =>
    db().ticket.findFirstOrThrow({
      where: { createdAt: day(d), mergedIntoId: null, ...where },
      orderBy: { id: 'asc' },
    });

  // a late first response to a ticket of 20 October
  const late = await one('2026-10-20', { firstResponseAt: null, firstResponseDueAt: { not: null } });
  await db().ticket.update({ where: { id: late.id }, data: { firstResponseAt: new Date() } });
  // a reopened ticket of the clock change's day
  const reopened = await one('2026-10-25', { resolvedAt: { not: null } });
  await db().ticket.update({ where: { id: reopened.id }, data: { resolvedAt: null, status: 'open' } });
  // another department, new deadlines
  const moved = await one('2026-11-03', { departmentId: departments[0] });
  await db().ticket.update({ where: { id: moved.id }, data: { departmentId: departments[2] } });
  const redated = await one('2026-11-05', { firstResponseAt: { not: null } });
  await db().ticket.update({
    where: { id: redated.id },
    data: {
      firstResponseDueAt: new Date(redated.firstResponseAt!.getTime() - 1),
      dueAt: new Date(Date.now() - 60 * H),
    },
  });
  // merged, deleted, and one entered afterwards with an earlier date
  const target = await one('2026-11-07');
  const mergedAway = await one('2026-11-08');
  await db().ticket.update({ where: { id: mergedAway.id }, data: { mergedIntoId: target.id } });
  await db().ticket.delete({ where: { id: (await one('2026-11-09')).id } });
  await db().ticket.create({
    data: ticketAt(new Date('2026-11-10T10:00:00Z'), { firstResponseAt: new Date('2026-11-12T10:00:00Z') }),
  });
  // a department renamed: a name is the department's now, in every day rolled up before
  await db().department.update({ where: { id: departments[1] }, data: { name: 'Openbare Werken en Mobiliteit' } });

  const [{ dirty }] = await db().$queryRaw<
    { dirty: number }[]
  >`SELECT count(DISTINCT day)::int AS dirty FROM report_dirty_day`;
  expect(dirty).toBe(7);
  const after = await compare(from, to);
  expect(after).not.toEqual(before);
  for (const [f, t] of periods()) await compare(f, t, [departments[0], departments[2]]);

  // the worker's next run rolls the changed days up again; the answers stay the same
  await rollUpReportDays(10_000);
  const [{ left }] = await db().$queryRaw<{ left: number }[]>`SELECT count(*)::int AS left FROM report_dirty_day`;
  expect(left).toBe(0);
  expect(await compare(from, to)).toEqual(after);
  await compareAll();
});
