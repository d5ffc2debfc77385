import { DateTime } from 'luxon';
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { logger } from '../logger';
import { BRUSSELS } from '../shared/dates';
import { countsPerDepartment, createdIn, hoursPerDepartment, pendingDeadlines } from './ticketAggregates';

/** The instants a local day in Brussels runs between (23 or 25 hours on the days the clocks change). */
export function dayBounds(day: string): { start: Date; end: Date } {
  const start = DateTime.fromISO(day, { zone: BRUSSELS }).startOf('day');
  return { start: start.toJSDate(), end: start.plus({ days: 1 }).startOf('day').toJSDate() };
}

/**
 * Rolls up one closed day: its rows in the rollup tables are replaced by a count of its tickets now, and the marks
 * of changes to it are removed, all from one snapshot (REPEATABLE READ). A mark committed after that snapshot stays:
 * its change is not in this rollup, so the day is counted live until the next one.
 */
export async function rollUpDay(day: string): Promise<void> {
  const { start, end } = dayBounds(day);
  const where = createdIn([{ start, end }]);
  // an unanswered ticket whose deadline passed more than a day before is missed for anyone who asks later; the
  // rest keep their deadline (a day's margin, so a report begun just before this rollup counts them the same)
  const settled = Prisma.sql`now() - interval '1 day'`;
  await db().$transaction(
    async (tx) => {
      await tx.$executeRaw`DELETE FROM report_ticket_day WHERE day = ${day}::date`;
      await tx.$executeRaw`DELETE FROM report_ticket_time WHERE day = ${day}::date`;
      await tx.$executeRaw`DELETE FROM report_ticket_deadline WHERE day = ${day}::date`;
      await tx.$executeRaw`
        INSERT INTO report_ticket_day (day, department_id, tickets, answered, first_response_hours, resolved, resolution_hours,
                                       first_response_met, first_response_missed, resolution_met, resolution_missed)
        SELECT ${day}::date, c.* FROM (${countsPerDepartment(where, settled)}) c`;
      await tx.$executeRaw`
        INSERT INTO report_ticket_time (day, department_id, measure, hour, tickets, min_hours, max_hours)
        SELECT ${day}::date, h.* FROM (${hoursPerDepartment(where)}) h`;
      await tx.$executeRaw`
        INSERT INTO report_ticket_deadline (day, department_id, measure, due_at)
        SELECT ${day}::date, d.* FROM (${pendingDeadlines(where, settled)}) d`;
      await tx.$executeRaw`
        INSERT INTO report_day (day, rolled_at) VALUES (${day}::date, now())
        ON CONFLICT (day) DO UPDATE SET rolled_at = EXCLUDED.rolled_at`;
      await tx.$executeRaw`DELETE FROM report_dirty_day WHERE day = ${day}::date`;
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 120_000 },
  );
}

/**
 * The days to roll up now, newest first: every day marked changed, and every day from the first ticket's up to
 * yesterday not rolled up yet. A day only once every transaction begun before its end has finished: the trigger
 * does not mark a change made by a transaction that began on the day itself.
 */
export async function daysToRollUp(limit: number): Promise<string[]> {
  const rows = await db().$queryRaw<{ day: string }[]>`
    WITH bounds AS (
      SELECT (now() AT TIME ZONE 'Europe/Brussels')::date AS today,
             (SELECT min(xact_start) FROM pg_stat_activity
              WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()) AS oldest,
             (SELECT (min(created_at) AT TIME ZONE 'Europe/Brussels')::date FROM ticket) AS first
    ), candidates AS (
      SELECT DISTINCT x.day FROM report_dirty_day x, bounds b WHERE x.day < b.today
      UNION
      SELECT d::date FROM bounds b, generate_series(b.first::timestamp, (b.today - 1)::timestamp, interval '1 day') d
      WHERE NOT EXISTS (SELECT 1 FROM report_day r WHERE r.day = d::date)
    )
    SELECT to_char(c.day, 'YYYY-MM-DD') AS day FROM candidates c, bounds b
    WHERE b.oldest IS NULL OR ((c.day + 1)::timestamp AT TIME ZONE 'Europe/Brussels') <= b.oldest
    ORDER BY c.day DESC LIMIT ${limit}`;
  return rows.map((r) => r.day);
}

const writeConflict = (err: unknown) =>
  (err as { code?: string }).code === 'P2034' || /could not serialize|40001/.test(String((err as Error).message));

/** One run of the rollup job: yesterday, days changed since their rollup, and (a batch at a time) older days never rolled up. */
export async function rollUpReportDays(limit = 62): Promise<{ rolledUp: number }> {
  let rolledUp = 0;
  for (const day of await daysToRollUp(limit)) {
    try {
      await rollUpDay(day);
      rolledUp++;
    } catch (err) {
      // another worker rolled the same day at the same moment: its rollup stands
      if (writeConflict(err)) continue;
      throw err;
    }
  }
  if (rolledUp) logger.info({ rolledUp }, 'report days rolled up');
  return { rolledUp };
}
