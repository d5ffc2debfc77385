import { Prisma } from '../generated/prisma/client';

/**
 * What the ticket reports add up, as SQL over `ticket t`, shared by the daily rollup and the live count of the days
 * it does not cover, so the two cannot drift apart. The hours are written exactly as the direct reports write them
 * (numeric), so their sums and averages are the same numbers to the last digit.
 */
export const HOURS = {
  first_response: Prisma.raw('(extract(epoch FROM t.first_response_at - t.created_at) / 3600)'),
  resolution: Prisma.raw('(extract(epoch FROM t.resolved_at - t.created_at) / 3600)'),
};
export type Measure = keyof typeof HOURS;
export const MEASURES = Object.keys(HOURS) as Measure[];

/**
 * Per department: counts, sums of hours and SLA outcomes of the (not merged) tickets matching `where`. An
 * unanswered ticket counts as missed once its deadline lies before `missedBefore`: now() for a live count (as the
 * direct report does), a day before the rollup for a rollup (the later ones are kept as deadlines, see
 * `pendingDeadlines`).
 */
export const countsPerDepartment = (where: Prisma.Sql, missedBefore: Prisma.Sql) => Prisma.sql`
  SELECT t.department_id, count(*)::int AS tickets, count(t.first_response_at)::int AS answered,
         sum(${HOURS.first_response}) AS first_response_hours,
         count(t.resolved_at)::int AS resolved, sum(${HOURS.resolution}) AS resolution_hours,
         count(*) FILTER (WHERE t.first_response_at <= t.first_response_due_at)::int AS first_response_met,
         count(*) FILTER (WHERE t.first_response_at > t.first_response_due_at
                           OR (t.first_response_at IS NULL AND t.first_response_due_at < ${missedBefore}))::int AS first_response_missed,
         count(*) FILTER (WHERE t.resolved_at <= t.due_at)::int AS resolution_met,
         count(*) FILTER (WHERE t.resolved_at > t.due_at
                           OR (t.resolved_at IS NULL AND t.due_at < ${missedBefore}))::int AS resolution_missed
  FROM ticket t
  WHERE t.merged_into_id IS NULL AND (${where})
  GROUP BY t.department_id`;

/**
 * Per department, measure and whole hour (the floor of the hours): how many, the lowest and the highest, as the
 * float8 values percentile_cont sorts and interpolates.
 */
export const hoursPerDepartment = (where: Prisma.Sql) => Prisma.sql`
  SELECT t.department_id, m.measure, floor(m.hours)::int AS hour, count(*)::int AS tickets,
         min(m.hours::float8) AS min_hours, max(m.hours::float8) AS max_hours
  FROM ticket t
  CROSS JOIN LATERAL (VALUES ('first_response', ${HOURS.first_response}), ('resolution', ${HOURS.resolution})) m(measure, hours)
  WHERE t.merged_into_id IS NULL AND m.hours IS NOT NULL AND (${where})
  GROUP BY 1, 2, 3`;

/** The deadlines of unanswered (unresolved) tickets that are not before `from`: missed or not depends on when one asks. */
export const pendingDeadlines = (where: Prisma.Sql, from: Prisma.Sql) => Prisma.sql`
  SELECT t.department_id, 'first_response' AS measure, t.first_response_due_at AS due_at
  FROM ticket t
  WHERE t.merged_into_id IS NULL AND t.first_response_at IS NULL AND t.first_response_due_at >= ${from} AND (${where})
  UNION ALL
  SELECT t.department_id, 'resolution', t.due_at
  FROM ticket t
  WHERE t.merged_into_id IS NULL AND t.resolved_at IS NULL AND t.due_at >= ${from} AND (${where})`;

/** Tickets created in any of the ranges [start, end). */
export const createdIn = (ranges: { start: Date; end: Date }[]) =>
  ranges.length === 0
    ? Prisma.sql`false`
    : Prisma.join(
        ranges.map((r) => Prisma.sql`(t.created_at >= ${r.start} AND t.created_at < ${r.end})`),
        ' OR ',
      );
