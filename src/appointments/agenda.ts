import { DateTime } from 'luxon';
import { db, type Tx } from '../db';
import { Prisma } from '../generated/prisma/client';
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

/** A product as the public API names it: its id, or its code (/afspraak?dienst=kids-id). */
export function productKey(idOrCode: string): { id: string } | { code: string } {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrCode)
    ? { id: idOrCode }
    : { code: idOrCode };
}

/** What agendaQuery answers: instants as epoch milliseconds, each list null when empty. */
interface AgendaRow {
  serviceId: string | null;
  desks: { id: string; locationId: string; starts: number[] | null; ends: number[] | null }[] | null;
  hours:
    | { locationId: string; deskId: string | null; weekday: number; opens: string; closes: string; kind: string }[]
    | null;
  closures: { locationId: string | null; deskId: string | null; start: number; end: number }[] | null;
}

/**
 * Everything the availability of a product needs, in one statement: the active desks that serve it (by name) with
 * their live appointments, the hours of their locations, and the closures and absences in the window. One round
 * trip with a row per desk rather than a row per appointment: 5,000 appointments as rows cost more to read than the
 * query takes. Instants travel as epoch milliseconds; timestamps are stored to the millisecond, so rounding
 * date_part's double is exact.
 */
function agendaQuery(
  product: { id: string } | { code: string },
  start: Date,
  end: Date,
  exceptAppointmentId?: string,
): Prisma.Sql {
  return Prisma.sql`
    WITH product AS (
      SELECT id FROM service WHERE ${'id' in product ? Prisma.sql`id = ${product.id}::uuid` : Prisma.sql`code = ${product.code}`}
    ), serving AS (
      SELECT desk.id, desk.location_id, desk.name
      FROM desk JOIN location ON location.id = desk.location_id
      WHERE desk.active AND location.active
        AND EXISTS (SELECT 1 FROM desk_service WHERE desk_id = desk.id AND service_id = (SELECT id FROM product))
    ), booked AS (
      SELECT desk_id,
        json_agg((date_part('epoch', starts_at) * 1000)::int8 ORDER BY starts_at) AS starts,
        json_agg((date_part('epoch', blocked_until) * 1000)::int8 ORDER BY starts_at) AS ends
      FROM appointment
      -- the range test uses the GiST index of the no-overlap constraint, so past years are not read; an
      -- appointment that ended where it began (served early) is an empty range, which overlaps nothing, so it
      -- is found by its start
      WHERE desk_id IN (SELECT id FROM serving) AND status <> 'cancelled'
        AND (tstzrange(starts_at, blocked_until) && tstzrange(${start}, ${end})
          OR (starts_at > ${start} AND starts_at < ${end}))
        ${exceptAppointmentId ? Prisma.sql`AND id <> ${exceptAppointmentId}::uuid` : Prisma.empty}
      GROUP BY desk_id
    )
    SELECT
      (SELECT id::text FROM product) AS "serviceId",
      (SELECT json_agg(json_build_object('id', serving.id, 'locationId', serving.location_id,
          'starts', booked.starts, 'ends', booked.ends) ORDER BY serving.name, serving.id)
        FROM serving LEFT JOIN booked ON booked.desk_id = serving.id) AS desks,
      (SELECT json_agg(json_build_object('locationId', location_id, 'deskId', desk_id, 'weekday', weekday,
          'opens', opens, 'closes', closes, 'kind', kind))
        FROM desk_hours WHERE location_id IN (SELECT location_id FROM serving)) AS hours,
      (SELECT json_agg(json_build_object('locationId', location_id, 'deskId', desk_id,
          'start', (date_part('epoch', starts_at) * 1000)::int8, 'end', (date_part('epoch', ends_at) * 1000)::int8))
        FROM desk_closure
        WHERE starts_at < ${end} AND ends_at > ${start} AND (desk_id IS NULL OR desk_id IN (SELECT id FROM serving))
      ) AS closures`;
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
  return (await readAgendas({ id: serviceId }, from, to, opts)).agendas;
}

/**
 * `agendasFor` a product named by its id or its code, and the id of the product it found (null: none): so the
 * agenda can be read alongside the product itself instead of after it.
 */
export async function agendasForProduct(
  idOrCode: string,
  from: string,
  to: string,
): Promise<{ serviceId: string | null; agendas: (DeskAgenda & { locationId: string })[] }> {
  return readAgendas(productKey(idOrCode), from, to, {});
}

async function readAgendas(
  product: { id: string } | { code: string },
  from: string,
  to: string,
  opts: { exceptAppointmentId?: string; tx?: Tx },
) {
  const client = opts.tx ?? db();
  const { start, end } = dayWindow(from, to);
  const [row] = await client.$queryRaw<AgendaRow[]>(agendaQuery(product, start, end, opts.exceptAppointmentId));
  const hours = row.hours ?? [];
  const closures = row.closures ?? [];
  const agendas = (row.desks ?? []).map((desk) => {
    const own = hours.filter((h) => h.deskId === desk.id);
    const rows = own.length ? own : hours.filter((h) => h.locationId === desk.locationId && h.deskId === null);
    const ends = desk.ends ?? [];
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
        .map((c) => ({ start: new Date(c.start), end: new Date(c.end) })),
      busy: (desk.starts ?? []).map((s, k) => ({ start: new Date(s), end: new Date(ends[k]) })),
    };
  });
  return { serviceId: row.serviceId, agendas };
}
