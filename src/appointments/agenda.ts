import { DateTime } from 'luxon';
import { db, type Tx } from '../db';
import type { WeeklyHours } from '../routing/calendar';
import { BRUSSELS } from '../shared/dates';
import type { DeskAgenda } from './availability';

const hoursOf = (rows: { weekday: number; opens: string; closes: string }[]): WeeklyHours[] =>
  rows.map((r) => ({ weekday: r.weekday as WeeklyHours['weekday'], opens: r.opens, closes: r.closes }));

/** The instants a span of local days covers: from the first day's midnight to the midnight after the last. */
export function dayWindow(from: string, to: string): { start: Date; end: Date } {
  return {
    start: DateTime.fromISO(from, { zone: BRUSSELS }).startOf('day').toJSDate(),
    end: DateTime.fromISO(to, { zone: BRUSSELS }).plus({ days: 1 }).startOf('day').toJSDate(),
  };
}

/**
 * The agendas of the active desks that serve a product, over some days: each desk's own hours when it has any,
 * otherwise its location's; closures everywhere, of its location and its own absences; its live appointments.
 * `exceptAppointmentId` leaves one appointment out (the one being moved).
 */
export async function agendasFor(
  serviceId: string,
  from: string,
  to: string,
  opts: { exceptAppointmentId?: string; tx?: Tx } = {},
): Promise<(DeskAgenda & { locationId: string })[]> {
  const client = opts.tx ?? db();
  const { start, end } = dayWindow(from, to);
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
        ...(opts.exceptAppointmentId ? { id: { not: opts.exceptAppointmentId } } : {}),
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
      busy: appointments.filter((a) => a.deskId === desk.id).map((a) => ({ start: a.startsAt, end: a.blockedUntil })),
    };
  });
}
