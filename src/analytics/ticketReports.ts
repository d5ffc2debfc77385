import { DateTime } from 'luxon';
import { Prisma } from '../generated/prisma/client';
import { db, type Tx } from '../db';
import { logger } from '../logger';
import { BRUSSELS } from '../shared/dates';
import type { Period } from './period';
import { dayBounds } from './rollup';
import { HOURS, MEASURES, countsPerDepartment, createdIn, hoursPerDepartment, type Measure } from './ticketAggregates';
import { locate, percentileCont, percentileRows, type HourBucket } from './percentile';
import {
  responseTimesDirect,
  responseTimesRow,
  slaComplianceDirect,
  slaRow,
  type ResponseTimesRaw,
  type SlaRaw,
} from './ticketReportsDirect';

/**
 * Response and resolution times and SLA compliance over the daily rollups: closed days that are rolled up and not
 * changed since come from the rollup tables, the other days of the period (today, yesterday before its rollup, days
 * marked changed) are counted from their tickets, in one REPEATABLE READ snapshot so both halves see the same
 * tickets and the same now(). Every figure is the direct query's to the last digit (see the migration
 * 20261206100000_report_rollups); if a rollup were ever found not to add up, the direct query answers instead.
 */
class RollupDisagrees extends Error {}

const scope = (column: string, p: Period) =>
  p.departmentIds ? Prisma.sql`AND ${Prisma.raw(column)} = ANY(${p.departmentIds}::uuid[])` : Prisma.empty;

interface Coverage {
  /** rolled-up days, as YYYY-MM-DD */
  days: string[];
  /** the rest of the period, as instants */
  live: { start: Date; end: Date }[];
}

async function coverage(tx: Tx, p: Period): Promise<Coverage> {
  const rows = await tx.$queryRaw<{ day: string }[]>`
    SELECT to_char(r.day, 'YYYY-MM-DD') AS day FROM report_day r
    WHERE r.day >= ${p.from}::date AND r.day <= ${p.to}::date AND r.day < (now() AT TIME ZONE 'Europe/Brussels')::date
      AND NOT EXISTS (SELECT 1 FROM report_dirty_day x WHERE x.day = r.day)`;
  const days = rows.map((r) => r.day);
  const rolled = new Set(days);
  const live: { start: Date; end: Date }[] = [];
  for (let d = DateTime.fromISO(p.from, { zone: BRUSSELS }); d.toISODate()! <= p.to; d = d.plus({ days: 1 })) {
    const day = d.toISODate()!;
    if (rolled.has(day)) continue;
    const { start, end } = dayBounds(day);
    const last = live.at(-1);
    if (last && last.end.getTime() === start.getTime()) last.end = end;
    else live.push({ start, end });
  }
  return { days, live };
}

interface Counts extends SlaRaw {
  department: string | null;
  tickets: number;
  answered: number;
  fr_avg: Prisma.Decimal | null;
  resolved: number;
  res_avg: Prisma.Decimal | null;
}

/** Per department name and in total (the last row, department null), as the direct queries group them. */
function counts(tx: Tx, p: Period, c: Coverage) {
  return tx.$queryRaw<Counts[]>`
    WITH parts AS (
      SELECT department_id, tickets, answered, first_response_hours, resolved, resolution_hours,
             first_response_met, first_response_missed, resolution_met, resolution_missed
      FROM report_ticket_day WHERE day = ANY(${c.days}::date[]) ${scope('department_id', p)}
      UNION ALL
      -- deadlines still ahead when their day was rolled up: missed once passed
      SELECT department_id, 0, 0, NULL, 0, NULL,
             0, count(*) FILTER (WHERE measure = 'first_response')::int, 0, count(*) FILTER (WHERE measure = 'resolution')::int
      FROM report_ticket_deadline WHERE day = ANY(${c.days}::date[]) AND now() > due_at ${scope('department_id', p)}
      GROUP BY department_id
      UNION ALL
      ${countsPerDepartment(Prisma.sql`(${createdIn(c.live)}) ${scope('t.department_id', p)}`, Prisma.sql`now()`)}
    )
    SELECT coalesce(d.name, '(geen)') AS department,
           coalesce(sum(x.tickets), 0)::int AS tickets,
           coalesce(sum(x.answered), 0)::int AS answered,
           -- what avg() divides: the exact sum by the count
           sum(x.first_response_hours) / nullif(sum(x.answered), 0) AS fr_avg,
           coalesce(sum(x.resolved), 0)::int AS resolved,
           sum(x.resolution_hours) / nullif(sum(x.resolved), 0) AS res_avg,
           coalesce(sum(x.first_response_met), 0)::int AS fr_met,
           coalesce(sum(x.first_response_missed), 0)::int AS fr_missed,
           coalesce(sum(x.resolution_met), 0)::int AS res_met,
           coalesce(sum(x.resolution_missed), 0)::int AS res_missed
    FROM parts x LEFT JOIN department d ON d.id = x.department_id
    GROUP BY ROLLUP (1) ORDER BY 1 NULLS LAST`;
}

type Buckets = Map<string, Record<Measure, HourBucket[]>>;
const ALL = '\u0000all';

/** The hour counts per department name and measure, and over all of them (key ALL), in order of the hour. */
async function hourBuckets(tx: Tx, p: Period, c: Coverage): Promise<Buckets> {
  const rows = await tx.$queryRaw<
    { department: string; measure: Measure; hour: number; tickets: number; min_hours: number; max_hours: number }[]
  >`
    SELECT coalesce(d.name, '(geen)') AS department, h.measure, h.hour, sum(h.tickets)::int AS tickets,
           min(h.min_hours) AS min_hours, max(h.max_hours) AS max_hours
    FROM (
      SELECT department_id, measure, hour, tickets, min_hours, max_hours
      FROM report_ticket_time WHERE day = ANY(${c.days}::date[]) ${scope('department_id', p)}
      UNION ALL
      ${hoursPerDepartment(Prisma.sql`(${createdIn(c.live)}) ${scope('t.department_id', p)}`)}
    ) h LEFT JOIN department d ON d.id = h.department_id
    GROUP BY 1, 2, 3 ORDER BY 3`;
  const buckets: Buckets = new Map();
  const of = (group: string) => {
    let b = buckets.get(group);
    if (!b) buckets.set(group, (b = { first_response: [], resolution: [] }));
    return b;
  };
  for (const r of rows) {
    of(r.department)[r.measure].push({ hour: r.hour, tickets: r.tickets, min: r.min_hours, max: r.max_hours });
    const all = of(ALL)[r.measure];
    const last = all.at(-1);
    if (last && last.hour === r.hour) {
      last.tickets += r.tickets;
      last.min = Math.min(last.min, r.min_hours);
      last.max = Math.max(last.max, r.max_hours);
    } else all.push({ hour: r.hour, tickets: r.tickets, min: r.min_hours, max: r.max_hours });
  }
  return buckets;
}

/** Rows to look up in one hour of one group's tickets (both rows percentile_cont reads, when they share the hour). */
interface Ask {
  group: string;
  measure: Measure;
  bucket: HourBucket;
  /** row within the hour -> key of the row within the group */
  offsets: Map<number, string>;
}

/**
 * The values at each ask's rows within its hour among its group's tickets of the period, and how many tickets that
 * hour holds for the group, in one statement: per ask a walk along the hours index from the start of the hour
 * (index-only, in order, so PostgreSQL stops at the last row wanted), never a sort of the period.
 */
async function valuesInHours(tx: Tx, p: Period, asks: Ask[]) {
  const names = await tx.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM department`;
  const parts = asks.map((ask, i) => {
    const hours = HOURS[ask.measure];
    const column = Prisma.raw(ask.measure === 'first_response' ? 't.first_response_at' : 't.resolved_at');
    const ids = names.filter((d) => d.name === ask.group).map((d) => d.id);
    const group =
      ask.group === ALL
        ? Prisma.empty
        : Prisma.sql`AND (t.department_id = ANY(${ids}::uuid[]) ${ask.group === '(geen)' ? Prisma.sql`OR t.department_id IS NULL` : Prisma.empty})`;
    const where = Prisma.sql`t.merged_into_id IS NULL AND ${column} IS NOT NULL
      AND ${hours} >= ${ask.bucket.hour}::numeric AND ${hours} < ${ask.bucket.hour + 1}::numeric
      AND t.created_at >= ${p.start} AND t.created_at < ${p.end} ${scope('t.department_id', p)} ${group}`;
    const first = Math.min(...ask.offsets.keys());
    const last = Math.max(...ask.offsets.keys());
    return Prisma.sql`SELECT ${i}::int AS ask, ${first}::int AS first,
      array(SELECT ${hours}::float8 FROM ticket t WHERE ${where} ORDER BY ${hours} OFFSET ${first} LIMIT ${last - first + 1}) AS hours,
      (SELECT count(*)::int FROM ticket t WHERE ${where}) AS tickets`;
  });
  return tx.$queryRaw<
    { ask: number; first: number; hours: number[]; tickets: number }[]
  >`${Prisma.join(parts, ' UNION ALL ')}`;
}

/**
 * The 90th percentiles of both measures for every group (key: group and measure). Most rows percentile_cont reads
 * are settled by the hour counts alone; the rest are looked up in their hour's tickets, never the whole period.
 */
async function percentiles(tx: Tx, p: Period, buckets: Buckets) {
  const known = new Map<string, number>(); // group, measure, row -> value
  const asks: Ask[] = [];
  for (const [group, measures] of buckets)
    for (const measure of MEASURES) {
      const list = measures[measure];
      const n = list.reduce((s, b) => s + b.tickets, 0);
      for (const row of percentileRows(0.9, n)) {
        const key = `${group}\u0000${measure}\u0000${row}`;
        const found = locate(list, row);
        if ('value' in found) {
          known.set(key, found.value);
          continue;
        }
        const same = asks.find((a) => a.group === group && a.measure === measure && a.bucket === found.bucket);
        if (same) same.offsets.set(found.offset, key);
        else asks.push({ group, measure, bucket: found.bucket, offsets: new Map([[found.offset, key]]) });
      }
    }
  if (asks.length)
    for (const r of await valuesInHours(tx, p, asks)) {
      const ask = asks[r.ask];
      if (r.tickets !== ask.bucket.tickets)
        throw new RollupDisagrees(
          `${ask.group}: ${r.tickets} tickets in hour ${ask.bucket.hour}, not ${ask.bucket.tickets}`,
        );
      for (const [offset, key] of ask.offsets) known.set(key, r.hours[offset - r.first]);
    }
  return (group: string, measure: Measure) => {
    const n = buckets.get(group)?.[measure].reduce((s, b) => s + b.tickets, 0) ?? 0;
    return percentileCont(0.9, n, (row) => known.get(`${group}\u0000${measure}\u0000${row}`)!);
  };
}

/** Runs `work` over the rollups; the direct query if they were found not to add up. */
async function overRollups<T>(name: string, work: (tx: Tx) => Promise<T>, direct: () => Promise<T>): Promise<T> {
  try {
    return await db().$transaction(work, {
      isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
      timeout: 60_000,
    });
  } catch (err) {
    if (!(err instanceof RollupDisagrees)) throw err;
    logger.error({ err, report: name }, 'a report rollup does not add up; answered from the tickets');
    return direct();
  }
}

export function responseTimes(p: Period) {
  return overRollups(
    'response-times',
    async (tx) => {
      const c = await coverage(tx, p);
      const rows = await counts(tx, p, c);
      const buckets = await hourBuckets(tx, p, c);
      const p90 = await percentiles(tx, p, buckets);
      return rows.map((r) => {
        const group = r.department ?? ALL;
        const total = (m: Measure) => buckets.get(group)?.[m].reduce((s, b) => s + b.tickets, 0) ?? 0;
        if (total('first_response') !== r.answered || total('resolution') !== r.resolved)
          throw new RollupDisagrees(`${group}: the hour counts and the counts differ`);
        const raw: ResponseTimesRaw = {
          ...r,
          fr_p90: p90(group, 'first_response'),
          res_p90: p90(group, 'resolution'),
        };
        return responseTimesRow(raw);
      });
    },
    () => responseTimesDirect(p),
  );
}

export function slaCompliance(p: Period) {
  return overRollups(
    'sla-compliance',
    async (tx) => (await counts(tx, p, await coverage(tx, p))).map(slaRow),
    () => slaComplianceDirect(p),
  );
}
