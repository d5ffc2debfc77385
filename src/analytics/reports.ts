import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import type { Period } from './period';
import { responseTimes, slaCompliance } from './ticketReports';

/**
 * Every report is one SQL aggregation over indexed time columns, in Brussels local time
 * (`AT TIME ZONE 'Europe/Brussels'` before truncating to a day, week or hour), so the 23- and 25-hour days of the
 * clock changes count their own visitors and no others.
 */
const LOCAL = (column: string) => Prisma.raw(`(${column} AT TIME ZONE 'Europe/Brussels')`);

/**
 * Only the chosen departments; tickets by their department, appointments and visits by their product's. An empty
 * list (staff asking about departments not theirs) means nothing, never everything.
 */
const ticketDepartments = (p: Period) =>
  p.departmentIds ? Prisma.sql`AND t.department_id = ANY(${p.departmentIds}::uuid[])` : Prisma.empty;
const serviceDepartments = (p: Period) =>
  p.departmentIds ? Prisma.sql`AND s.department_id = ANY(${p.departmentIds}::uuid[])` : Prisma.empty;

export type ReportName =
  | 'contacts-per-day'
  | 'contacts-per-week'
  | 'appointment-channels'
  | 'visitors-per-product'
  | 'visits-heatmap'
  | 'waiting-times'
  | 'no-shows'
  | 'walk-ins'
  | 'response-times'
  | 'sla-compliance'
  | 'document-requests'
  | 'document-online-share'
  | 'document-handling';

export type Row = Record<string, string | number | null>;

async function contactsPer(unit: 'day' | 'week', p: Period): Promise<Row[]> {
  const rows = await db().$queryRaw<{ period: Date; channel: string; contacts: bigint }[]>`
    SELECT date_trunc(${unit}, ${LOCAL('t.created_at')})::date AS period, t.channel::text AS channel, count(*) AS contacts
    FROM ticket t
    WHERE t.created_at >= ${p.start} AND t.created_at < ${p.end} ${ticketDepartments(p)}
    GROUP BY 1, 2 ORDER BY 1, 2`;
  return rows.map((r) => ({
    [unit === 'day' ? 'day' : 'week']: r.period.toISOString().slice(0, 10),
    channel: r.channel,
    contacts: Number(r.contacts),
  }));
}

export const REPORTS: Record<ReportName, { title: string; run: (p: Period) => Promise<Row[]> }> = {
  'contacts-per-day': { title: 'Contacts per channel per day', run: (p) => contactsPer('day', p) },
  'contacts-per-week': {
    title: 'Contacts per channel per week (weeks start on Monday)',
    run: (p) => contactsPer('week', p),
  },

  'appointment-channels': {
    title:
      'Appointments by how they were made (online, phone, counter), by their date; and visitors without appointment (walk_in), by their arrival',
    run: async (p) => {
      // A walk-in is a visit, counted once from the visit (the one lifecycle every report reads), never from the
      // appointment a clerk books on the desk for them: so this row and every other report give the same number.
      // Their "cancelled" are walk-ins who left before being served.
      const rows = await db().$queryRaw<{ channel: string; appointments: bigint; cancelled: bigint }[]>`
        SELECT a.channel::text AS channel, count(*) FILTER (WHERE a.status <> 'cancelled') AS appointments, count(*) FILTER (WHERE a.status = 'cancelled') AS cancelled
        FROM appointment a JOIN service s ON s.id = a.service_id
        WHERE a.starts_at >= ${p.start} AND a.starts_at < ${p.end} AND a.channel <> 'walk_in' ${serviceDepartments(p)}
        GROUP BY 1
        UNION ALL
        SELECT 'walk_in', count(*) FILTER (WHERE v.status <> 'cancelled'), count(*) FILTER (WHERE v.status = 'cancelled')
        FROM visit v JOIN service s ON s.id = v.service_id
        WHERE v.walk_in AND v.checked_in_at >= ${p.start} AND v.checked_in_at < ${p.end} ${serviceDepartments(p)}
        HAVING count(*) > 0
        ORDER BY 1`;
      const total = rows.reduce((sum, r) => sum + Number(r.appointments), 0);
      return rows.map((r) => ({
        channel: r.channel,
        appointments: Number(r.appointments),
        share: total ? Math.round((Number(r.appointments) / total) * 1000) / 10 : null,
        cancelled: Number(r.cancelled),
      }));
    },
  },

  'visitors-per-product': {
    title: 'Visitors served per product',
    run: async (p) => {
      const rows = await db().$queryRaw<{ product: string; visitors: bigint; walk_ins: bigint }[]>`
        SELECT s.name_nl AS product, count(*) AS visitors, count(*) FILTER (WHERE v.walk_in) AS walk_ins
        FROM visit v JOIN service s ON s.id = v.service_id
        WHERE v.checked_in_at >= ${p.start} AND v.checked_in_at < ${p.end} AND v.status = 'done' ${serviceDepartments(p)}
        GROUP BY 1 ORDER BY 2 DESC, 1`;
      return rows.map((r) => ({ product: r.product, visitors: Number(r.visitors), walkIns: Number(r.walk_ins) }));
    },
  },

  'visits-heatmap': {
    title: 'Visitors by weekday (1 = Monday) and hour of check-in',
    run: async (p) => {
      const rows = await db().$queryRaw<{ weekday: number; hour: number; visitors: bigint }[]>`
        SELECT extract(isodow FROM ${LOCAL('v.checked_in_at')})::int AS weekday, extract(hour FROM ${LOCAL('v.checked_in_at')})::int AS hour, count(*) AS visitors
        FROM visit v JOIN service s ON s.id = v.service_id
        WHERE v.checked_in_at >= ${p.start} AND v.checked_in_at < ${p.end} AND v.status <> 'cancelled' ${serviceDepartments(p)}
        GROUP BY 1, 2 ORDER BY 1, 2`;
      return rows.map((r) => ({ weekday: r.weekday, hour: r.hour, visitors: Number(r.visitors) }));
    },
  },

  'waiting-times': {
    title:
      'Waiting time from check-in to call (minutes), and the share of visitors with an appointment called before its time',
    run: async (p) => {
      const rows = await db().$queryRaw<
        {
          group: string;
          visitors: bigint;
          average: number | null;
          p90: number | null;
          before_time: bigint;
          with_appointment: bigint;
        }[]
      >`
        SELECT CASE WHEN v.walk_in THEN 'walk-in' ELSE 'appointment' END AS "group", count(*) AS visitors,
               avg(extract(epoch FROM v.called_at - v.checked_in_at) / 60) AS average,
               percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM v.called_at - v.checked_in_at) / 60) AS p90,
               count(*) FILTER (WHERE NOT v.walk_in AND v.called_at <= v.due_at) AS before_time,
               count(*) FILTER (WHERE NOT v.walk_in) AS with_appointment
        FROM visit v JOIN service s ON s.id = v.service_id
        WHERE v.checked_in_at >= ${p.start} AND v.checked_in_at < ${p.end} AND v.called_at IS NOT NULL ${serviceDepartments(p)}
        GROUP BY ROLLUP (1) ORDER BY 1 NULLS LAST`;
      return rows.map((r) => ({
        group: r.group ?? 'all',
        visitors: Number(r.visitors),
        averageMinutes: r.average === null ? null : Math.round(Number(r.average) * 10) / 10,
        p90Minutes: r.p90 === null ? null : Math.round(Number(r.p90) * 10) / 10,
        calledBeforeTime: Number(r.with_appointment)
          ? Math.round((Number(r.before_time) / Number(r.with_appointment)) * 1000) / 10
          : null,
      }));
    },
  },

  'no-shows': {
    title: 'No-shows among appointments that were due (not cancelled)',
    run: async (p) => {
      const rows = await db().$queryRaw<{ product: string | null; due: bigint; no_shows: bigint }[]>`
        SELECT s.name_nl AS product, count(*) AS due, count(*) FILTER (WHERE a.status = 'no_show') AS no_shows
        FROM appointment a JOIN service s ON s.id = a.service_id
        WHERE a.starts_at >= ${p.start} AND a.starts_at < ${p.end} AND a.status <> 'cancelled' AND a.channel <> 'walk_in' ${serviceDepartments(p)}
        GROUP BY ROLLUP (1) ORDER BY 1 NULLS LAST`;
      return rows.map((r) => ({
        product: r.product ?? 'all',
        due: Number(r.due),
        noShows: Number(r.no_shows),
        rate: Number(r.due) ? Math.round((Number(r.no_shows) / Number(r.due)) * 1000) / 10 : null,
      }));
    },
  },

  'walk-ins': {
    title: 'Visitors without appointment per day',
    run: async (p) => {
      const rows = await db().$queryRaw<{ day: Date; walk_ins: bigint; visitors: bigint }[]>`
        SELECT date_trunc('day', ${LOCAL('v.checked_in_at')})::date AS day, count(*) FILTER (WHERE v.walk_in) AS walk_ins, count(*) AS visitors
        FROM visit v JOIN service s ON s.id = v.service_id
        WHERE v.checked_in_at >= ${p.start} AND v.checked_in_at < ${p.end} AND v.status <> 'cancelled' ${serviceDepartments(p)}
        GROUP BY 1 ORDER BY 1`;
      return rows.map((r) => ({
        day: r.day.toISOString().slice(0, 10),
        walkIns: Number(r.walk_ins),
        visitors: Number(r.visitors),
      }));
    },
  },

  // both over the daily rollups (closed days) and the tickets of the other days, exactly as one query over the
  // tickets would count them: see ticketReports.ts
  'response-times': {
    title:
      'First response and resolution times (hours, calendar time) of tickets created in the period, per department',
    run: responseTimes,
  },

  'sla-compliance': {
    title:
      'SLA compliance per department: tickets created in the period with a deadline, met on time (a deadline not yet passed and not yet met is open)',
    run: slaCompliance,
  },

  'document-requests': {
    title: 'E-loket: documents requested per week, per document and per channel (by the request date)',
    run: async (p) => {
      const rows = await db().$queryRaw<{ week: Date; document: string; channel: string; requests: bigint }[]>`
        SELECT date_trunc('week', ${LOCAL('t.created_at')})::date AS week, dt.name_nl AS document, t.channel::text AS channel, count(*) AS requests
        FROM document_request r JOIN ticket t ON t.id = r.ticket_id JOIN document_type dt ON dt.id = r.document_type_id
        WHERE t.created_at >= ${p.start} AND t.created_at < ${p.end} ${ticketDepartments(p)}
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
      return rows.map((r) => ({
        week: r.week.toISOString().slice(0, 10),
        document: r.document,
        channel: r.channel,
        requests: Number(r.requests),
      }));
    },
  },

  'document-online-share': {
    title:
      'E-loket: the share of documents requested online (web) against the counter and the phone, per week and over the period',
    run: async (p) => {
      const rows = await db().$queryRaw<
        { week: Date | null; requests: bigint; online: bigint; counter: bigint; phone: bigint }[]
      >`
        SELECT date_trunc('week', ${LOCAL('t.created_at')})::date AS week, count(*) AS requests,
               count(*) FILTER (WHERE t.channel = 'web') AS online,
               count(*) FILTER (WHERE t.channel = 'counter') AS counter,
               count(*) FILTER (WHERE t.channel = 'phone') AS phone
        FROM document_request r JOIN ticket t ON t.id = r.ticket_id
        WHERE t.created_at >= ${p.start} AND t.created_at < ${p.end} ${ticketDepartments(p)}
        GROUP BY ROLLUP (1) ORDER BY 1 NULLS LAST`;
      return rows.map((r) => ({
        week: r.week ? r.week.toISOString().slice(0, 10) : 'all',
        requests: Number(r.requests),
        online: Number(r.online),
        counter: Number(r.counter),
        phone: Number(r.phone),
        onlineShare: Number(r.requests) ? Math.round((Number(r.online) / Number(r.requests)) * 1000) / 10 : null,
      }));
    },
  },

  'document-handling': {
    title:
      'E-loket: handling time per document from request to delivery against its target, and pick-ups (offered, booked, checked in at the kiosk)',
    run: async (p) => {
      const rows = await db().$queryRaw<
        {
          document: string | null;
          requests: bigint;
          delivered: bigint;
          avg_hours: number | null;
          on_time: bigint;
          late: bigint;
          pickups: bigint;
          pickups_booked: bigint;
          picked_up: bigint;
        }[]
      >`
        SELECT dt.name_nl AS document, count(*) AS requests,
               count(r.delivered_at) AS delivered,
               avg(extract(epoch FROM r.delivered_at - t.created_at)) / 3600 AS avg_hours,
               count(*) FILTER (WHERE t.due_at IS NOT NULL AND r.delivered_at <= t.due_at) AS on_time,
               count(*) FILTER (WHERE t.due_at IS NOT NULL AND coalesce(r.delivered_at, now()) > t.due_at) AS late,
               count(*) FILTER (WHERE r.delivery = 'pickup') AS pickups,
               count(*) FILTER (WHERE r.delivery = 'pickup' AND EXISTS (
                 SELECT 1 FROM appointment a WHERE a.ticket_id = t.id AND a.status <> 'cancelled')) AS pickups_booked,
               count(*) FILTER (WHERE EXISTS (
                 SELECT 1 FROM ticket_event e WHERE e.ticket_id = t.id AND e.type = 'document_pickup_checked_in')) AS picked_up
        FROM document_request r JOIN ticket t ON t.id = r.ticket_id JOIN document_type dt ON dt.id = r.document_type_id
        WHERE t.created_at >= ${p.start} AND t.created_at < ${p.end} ${ticketDepartments(p)}
        GROUP BY ROLLUP (1) ORDER BY 1 NULLS LAST`;
      return rows.map((r) => ({
        document: r.document ?? 'all',
        requests: Number(r.requests),
        delivered: Number(r.delivered),
        handlingAvgHours: r.avg_hours === null ? null : Math.round(Number(r.avg_hours) * 10) / 10,
        deliveredOnTime: Number(r.on_time),
        deliveredLate: Number(r.late),
        targetMet:
          Number(r.on_time) + Number(r.late)
            ? Math.round((Number(r.on_time) / (Number(r.on_time) + Number(r.late))) * 1000) / 10
            : null,
        pickups: Number(r.pickups),
        pickupsBooked: Number(r.pickups_booked),
        pickedUp: Number(r.picked_up),
      }));
    },
  },
};

export const REPORT_NAMES = Object.keys(REPORTS) as ReportName[];
