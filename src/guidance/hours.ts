import { DateTime } from 'luxon';
import { db } from '../db';
import { BRUSSELS, BusinessCalendar, type WeeklyHours } from '../routing/calendar';
import { ConflictError } from '../http/errors';
import { clock } from '../shared/clock';
import { dayWindow } from '../appointments/agenda';

interface Span {
  start: Date;
  end: Date;
}

const hhmm = (d: Date) => DateTime.fromJSDate(d, { zone: BRUSSELS }).toFormat('HH:mm');
/** "08:30–12:00, 13:00–16:00" on the Brussels wall clock; "" when closed all day. */
export const hoursText = (blocks: Span[]) => blocks.map((b) => `${hhmm(b.start)}–${hhmm(b.end)}`).join(', ');

/** The open blocks minus closures and absences that overlap them. */
function minus(open: Span[], closed: Span[]): Span[] {
  let out = open;
  for (const c of closed) {
    out = out.flatMap((b) => {
      if (c.end <= b.start || c.start >= b.end) return [b];
      return [...(c.start > b.start ? [{ start: b.start, end: c.start }] : []), ...(c.end < b.end ? [{ start: c.end, end: b.end }] : [])];
    });
  }
  return out;
}

/** Whether `at` falls in one of the blocks. */
export const openAt = (blocks: Span[], at: Date) => blocks.some((b) => b.start <= at && at < b.end);

/**
 * When a desk takes visitors on the day of `at`: its own weekly hours when it has any, otherwise its location's (with
 * or without appointment: a clerk serves a walk-in in any free time of the desk), minus public holidays, closures of
 * everywhere or its location, and the desk's absences.
 */
export async function deskHoursOn(desk: { id: string; locationId: string }, at = clock.now()): Promise<Span[]> {
  const day = DateTime.fromJSDate(at, { zone: BRUSSELS }).toISODate()!;
  const { start, end } = dayWindow(day, day);
  const [rows, closures] = await Promise.all([
    db().deskHours.findMany({ where: { locationId: desk.locationId } }),
    db().deskClosure.findMany({
      where: { startsAt: { lt: end }, endsAt: { gt: start }, OR: [{ locationId: null, deskId: null }, { locationId: desk.locationId, deskId: null }, { deskId: desk.id }] },
    }),
  ]);
  const own = rows.filter((r) => r.deskId === desk.id);
  const week = own.length ? own : rows.filter((r) => r.deskId === null);
  const calendar = new BusinessCalendar({ hours: week.map((r) => ({ weekday: r.weekday as WeeklyHours['weekday'], opens: r.opens, closes: r.closes })) });
  return minus(calendar.blocksOn(day), closures.map((c) => ({ start: c.startsAt, end: c.endsAt })));
}

/** The location's hours without appointment on the day of `at` (its own rows and its desks'), for the kiosk. */
export async function walkInHoursOn(locationId: string, at = clock.now()): Promise<Span[]> {
  const rows = await db().deskHours.findMany({ where: { locationId, kind: 'walk_in' } });
  const day = DateTime.fromJSDate(at, { zone: BRUSSELS }).toISODate()!;
  return new BusinessCalendar({ hours: rows.map((r) => ({ weekday: r.weekday as WeeklyHours['weekday'], opens: r.opens, closes: r.closes })) }).blocksOn(day);
}

/**
 * A clerk registering a walk-in at a desk that is closed now. 409: nothing is wrong with the request, the desk's
 * day is; `errors.hours` carries the day's hours so the console can say them in its own words.
 */
export class OutsideHours extends ConflictError {
  constructor(deskName: string, blocks: Span[]) {
    const hours = hoursText(blocks);
    super(
      hours
        ? `${deskName} takes visitors today ${hours} (Brussels time) only. To serve this visitor now anyway, give the reason (outsideHoursReason).`
        : `${deskName} is closed today. To serve this visitor anyway, give the reason (outsideHoursReason).`,
      { hours, outsideHoursReason: 'Outside the hours: a reason is needed.' },
    );
  }
}
