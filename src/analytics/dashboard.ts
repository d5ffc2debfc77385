import { DateTime } from 'luxon';
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import type { Principal } from '../auth/principal';
import { BRUSSELS } from '../shared/dates';

/** What a user sees first: their departments' open work, deadlines in danger, today's contacts, appointments and queue. */
export async function dashboard(user: Principal) {
  const scope =
    user.role === 'staff' ? Prisma.sql`AND t.department_id = ANY(${user.departmentIds}::uuid[])` : Prisma.empty;
  const serviceScope =
    user.role === 'staff' ? Prisma.sql`AND s.department_id = ANY(${user.departmentIds}::uuid[])` : Prisma.empty;
  const today = DateTime.now().setZone(BRUSSELS).startOf('day');
  const [start, end] = [today.toJSDate(), today.plus({ days: 1 }).toJSDate()];
  const [open, sla, channels, appointments, queue] = await Promise.all([
    db().$queryRaw<{ department: string | null; status: string; tickets: bigint }[]>`
      SELECT d.name AS department, t.status::text AS status, count(*) AS tickets
      FROM ticket t LEFT JOIN department d ON d.id = t.department_id
      WHERE t.status IN ('new', 'open', 'pending_citizen') AND t.merged_into_id IS NULL ${scope}
      GROUP BY 1, 2 ORDER BY 1 NULLS FIRST, 2`,
    db().$queryRaw<{ near: bigint; past: bigint }[]>`
      SELECT count(*) FILTER (WHERE (t.first_response_warned_at IS NOT NULL AND t.first_response_breached_at IS NULL AND t.first_response_at IS NULL)
                               OR (t.resolution_warned_at IS NOT NULL AND t.resolution_breached_at IS NULL)) AS near,
             count(*) FILTER (WHERE (t.first_response_breached_at IS NOT NULL AND t.first_response_at IS NULL) OR t.resolution_breached_at IS NOT NULL) AS past
      FROM ticket t WHERE t.status IN ('new', 'open') AND t.merged_into_id IS NULL ${scope}`,
    db().$queryRaw<{ channel: string; contacts: bigint }[]>`
      SELECT t.channel::text AS channel, count(*) AS contacts FROM ticket t WHERE t.created_at >= ${start} AND t.created_at < ${end} ${scope} GROUP BY 1 ORDER BY 1`,
    // appointments made beforehand: a walk-in's appointment only holds the desk's time, its visit is in queueNow
    db().$queryRaw<{ status: string; appointments: bigint }[]>`
      SELECT a.status::text AS status, count(*) AS appointments FROM appointment a JOIN service s ON s.id = a.service_id
      WHERE a.starts_at >= ${start} AND a.starts_at < ${end} AND a.channel <> 'walk_in' ${serviceScope} GROUP BY 1 ORDER BY 1`,
    db().$queryRaw<{ location: string; waiting: bigint; at_desk: bigint; longest: number | null }[]>`
      SELECT l.name AS location, count(*) FILTER (WHERE v.status = 'waiting') AS waiting, count(*) FILTER (WHERE v.status IN ('called', 'serving')) AS at_desk,
             max(extract(epoch FROM now() - v.checked_in_at) / 60) FILTER (WHERE v.status = 'waiting') AS longest
      FROM visit v JOIN location l ON l.id = v.location_id JOIN service s ON s.id = v.service_id
      WHERE v.day = ${today.toISODate()}::date AND v.status IN ('waiting', 'called', 'serving') ${serviceScope}
      GROUP BY 1 ORDER BY 1`,
  ]);
  return {
    openTickets: open.map((r) => ({
      department: r.department ?? '(geen)',
      status: r.status,
      tickets: Number(r.tickets),
    })),
    sla: { near: Number(sla[0]?.near ?? 0), past: Number(sla[0]?.past ?? 0) },
    contactsToday: channels.map((r) => ({ channel: r.channel, contacts: Number(r.contacts) })),
    appointmentsToday: appointments.map((r) => ({ status: r.status, appointments: Number(r.appointments) })),
    queueNow: queue.map((r) => ({
      location: r.location,
      waiting: Number(r.waiting),
      atDesk: Number(r.at_desk),
      longestWaitMinutes: r.longest === null ? null : Math.round(Number(r.longest)),
    })),
  };
}
