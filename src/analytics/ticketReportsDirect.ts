import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import type { Period } from './period';

/**
 * Response and resolution times and SLA compliance counted straight from the tickets of the period: what the
 * rollups must answer exactly (their tests compare the two), and the answer when a rollup turns out not to agree.
 */
const ticketDepartments = (p: Period) =>
  p.departmentIds ? Prisma.sql`AND t.department_id = ANY(${p.departmentIds}::uuid[])` : Prisma.empty;

export interface ResponseTimesRaw {
  department: string | null;
  tickets: bigint | number;
  answered: bigint | number;
  fr_avg: Prisma.Decimal | number | null;
  fr_p90: number | null;
  resolved: bigint | number;
  res_avg: Prisma.Decimal | number | null;
  res_p90: number | null;
}

export interface SlaRaw {
  department: string | null;
  fr_met: bigint | number;
  fr_missed: bigint | number;
  res_met: bigint | number;
  res_missed: bigint | number;
}

const round = (v: Prisma.Decimal | number | null) => (v === null ? null : Math.round(Number(v) * 10) / 10);

export const responseTimesRow = (r: ResponseTimesRaw) => ({
  department: r.department ?? 'all',
  tickets: Number(r.tickets),
  answered: Number(r.answered),
  firstResponseAvgHours: round(r.fr_avg),
  firstResponseP90Hours: round(r.fr_p90),
  resolved: Number(r.resolved),
  resolutionAvgHours: round(r.res_avg),
  resolutionP90Hours: round(r.res_p90),
});

const pct = (met: bigint | number, missed: bigint | number) =>
  Number(met) + Number(missed) ? Math.round((Number(met) / (Number(met) + Number(missed))) * 1000) / 10 : null;

export const slaRow = (r: SlaRaw) => ({
  department: r.department ?? 'all',
  firstResponseMet: Number(r.fr_met),
  firstResponseMissed: Number(r.fr_missed),
  firstResponseCompliance: pct(r.fr_met, r.fr_missed),
  resolutionMet: Number(r.res_met),
  resolutionMissed: Number(r.res_missed),
  resolutionCompliance: pct(r.res_met, r.res_missed),
});

export async function responseTimesDirect(p: Period) {
  const rows = await db().$queryRaw<ResponseTimesRaw[]>`
    SELECT coalesce(d.name, '(geen)') AS department, count(*) AS tickets,
           count(t.first_response_at) AS answered,
           avg(extract(epoch FROM t.first_response_at - t.created_at) / 3600) AS fr_avg,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.first_response_at - t.created_at) / 3600) AS fr_p90,
           count(t.resolved_at) AS resolved,
           avg(extract(epoch FROM t.resolved_at - t.created_at) / 3600) AS res_avg,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.resolved_at - t.created_at) / 3600) AS res_p90
    FROM ticket t LEFT JOIN department d ON d.id = t.department_id
    WHERE t.created_at >= ${p.start} AND t.created_at < ${p.end} AND t.merged_into_id IS NULL ${ticketDepartments(p)}
    GROUP BY ROLLUP (1) ORDER BY 1 NULLS LAST`;
  return rows.map(responseTimesRow);
}

export async function slaComplianceDirect(p: Period) {
  const rows = await db().$queryRaw<SlaRaw[]>`
    SELECT coalesce(d.name, '(geen)') AS department,
           count(*) FILTER (WHERE t.first_response_at <= t.first_response_due_at) AS fr_met,
           count(*) FILTER (WHERE coalesce(t.first_response_at, now()) > t.first_response_due_at) AS fr_missed,
           count(*) FILTER (WHERE t.resolved_at <= t.due_at) AS res_met,
           count(*) FILTER (WHERE coalesce(t.resolved_at, now()) > t.due_at) AS res_missed
    FROM ticket t LEFT JOIN department d ON d.id = t.department_id
    WHERE t.created_at >= ${p.start} AND t.created_at < ${p.end} AND t.merged_into_id IS NULL ${ticketDepartments(p)}
    GROUP BY ROLLUP (1) ORDER BY 1 NULLS LAST`;
  return rows.map(slaRow);
}
