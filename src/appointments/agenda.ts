import { DateTime } from 'luxon';
import { sql } from '../db';
import type { WeeklyHours } from '../routing/calendar';
import { BRUSSELS } from '../shared/dates';
import { inStartOrder, type Busy, type DeskAgenda } from './availability';

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
  /** busy: "start,end,start,end,…" in order of start */
  desks: { id: string; locationId: string; busy: string | null }[] | null;
  hours:
    | { locationId: string; deskId: string | null; weekday: number; opens: string; closes: string; kind: string }[]
    | null;
  closures: { locationId: string | null; deskId: string | null; start: number; end: number }[] | null;
}

const EPOCH_MS = (column: string) => `(date_part('epoch', ${column}) * 1000)::int8`;

/**
 * Everything the availability of a product needs, in one statement: the active desks that serve it (by name) with
 * their live appointments, the hours of their locations, and the closures and absences in the window. One round
 * trip with a row per desk rather than a row per appointment: 5,000 appointments as rows cost more to read than the
 * query takes. Instants travel as epoch milliseconds; timestamps are stored to the millisecond, so rounding
 * date_part's double is exact. A desk's appointments come as one string of numbers: 60 days of a busy desk are
 * some 500 of them, which JSON arrays cost several times more to write and read.
 *
 * Parameters: $1 the product's id or code, $2 and $3 the window, $4 the appointment left out (being moved). The
 * text depends only on whether the product is named by id or code, so each shape is prepared once per connection.
 */
function agendaQuery(by: 'id' | 'code'): string {
  const live = `a.desk_id = serving.id AND a.status <> 'cancelled' AND a.id IS DISTINCT FROM $4::uuid`;
  return `
    WITH product AS (
      SELECT id FROM service WHERE ${by === 'id' ? 'id = $1::uuid' : 'code = $1'}
    ), serving AS (
      SELECT desk.id, desk.location_id, desk.name
      FROM desk JOIN location ON location.id = desk.location_id
      WHERE desk.active AND location.active
        AND EXISTS (SELECT 1 FROM desk_service WHERE desk_id = desk.id AND service_id = (SELECT id FROM product))
    ), booked AS (
      -- those that begin in the window, in order, from the index appointment_agenda alone (no table rows read);
      -- and the few that began at or before its start and still block it, through the no-overlap index, so past
      -- years are never read. An appointment that ended where it began (served early) blocks nothing.
      SELECT serving.id AS desk_id, (
        -- each part in order of start and the first all before the second, so the string is in order without a
        -- sort in the aggregate (a third of its cost); the index gives the second part its order for free
        SELECT string_agg(${EPOCH_MS('starts_at')} || ',' || ${EPOCH_MS('blocked_until')}, ',')
        FROM (
          (SELECT a.starts_at, a.blocked_until FROM appointment a
           WHERE ${live} AND a.starts_at <= $2 AND tstzrange(a.starts_at, a.blocked_until) && tstzrange($2, $3)
           ORDER BY a.starts_at)
          UNION ALL
          (SELECT a.starts_at, a.blocked_until FROM appointment a
           WHERE ${live} AND a.starts_at > $2 AND a.starts_at < $3
           ORDER BY a.starts_at)
        ) AS b
      ) AS busy
      FROM serving
    )
    SELECT
      (SELECT id::text FROM product) AS "serviceId",
      (SELECT json_agg(json_build_object('id', serving.id, 'locationId', serving.location_id, 'busy', booked.busy)
          ORDER BY serving.name, serving.id)
        FROM serving JOIN booked ON booked.desk_id = serving.id) AS desks,
      (SELECT json_agg(json_build_object('locationId', location_id, 'deskId', desk_id, 'weekday', weekday,
          'opens', opens, 'closes', closes, 'kind', kind))
        FROM desk_hours WHERE location_id IN (SELECT location_id FROM serving)) AS hours,
      (SELECT json_agg(json_build_object('locationId', location_id, 'deskId', desk_id,
          'start', ${EPOCH_MS('starts_at')}, 'end', ${EPOCH_MS('ends_at')}))
        FROM desk_closure
        WHERE starts_at < $3 AND ends_at > $2 AND (desk_id IS NULL OR desk_id IN (SELECT id FROM serving))
      ) AS closures`;
}

/** A desk's busy string ("start,end,start,end,…", whole non-negative numbers) read in one pass, digit by digit. */
function busyOf(busy: string | null): Busy {
  const count = busy ? (busy.length - busy.replaceAll(',', '').length + 1) / 2 : 0;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let n = 0;
  let k = 0;
  for (let i = 0; busy && i <= busy.length; i++) {
    const c = i < busy.length ? busy.charCodeAt(i) : 44;
    if (c !== 44) n = n * 10 + (c - 48);
    else {
      if (k % 2 === 0) starts[k / 2] = n;
      else ends[(k - 1) / 2] = n;
      k++;
      n = 0;
    }
  }
  return inStartOrder(starts, ends);
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
  opts: { exceptAppointmentId?: string } = {},
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
  opts: { exceptAppointmentId?: string },
) {
  const { start, end } = dayWindow(from, to);
  const [row] = await sql<AgendaRow>(agendaQuery('id' in product ? 'id' : 'code'), [
    'id' in product ? product.id : product.code,
    start,
    end,
    opts.exceptAppointmentId ?? null,
  ]);
  const hours = row.hours ?? [];
  const closures = row.closures ?? [];
  const agendas = (row.desks ?? []).map((desk) => {
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
        .map((c) => ({ start: new Date(c.start), end: new Date(c.end) })),
      busy: busyOf(desk.busy),
    };
  });
  return { serviceId: row.serviceId, agendas };
}
