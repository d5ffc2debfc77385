import { DateTime } from 'luxon';
import { db } from '../db';
import { BusinessCalendar, type WeeklyHours } from '../routing/calendar';
import { BRUSSELS } from '../shared/dates';
import { ConflictError } from '../shared/errors';
import { clock } from '../shared/clock';
import { dayWindow } from '../appointments/agenda';
import { hoursText, minus, type Span } from './openBlocks';

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
      where: {
        startsAt: { lt: end },
        endsAt: { gt: start },
        OR: [{ locationId: null, deskId: null }, { locationId: desk.locationId, deskId: null }, { deskId: desk.id }],
      },
    }),
  ]);
  const own = rows.filter((r) => r.deskId === desk.id);
  const week = own.length ? own : rows.filter((r) => r.deskId === null);
  const calendar = new BusinessCalendar({
    hours: week.map((r) => ({ weekday: r.weekday as WeeklyHours['weekday'], opens: r.opens, closes: r.closes })),
  });
  return minus(
    calendar.blocksOn(day),
    closures.map((c) => ({ start: c.startsAt, end: c.endsAt })),
  );
}

/** The location's hours without appointment on the day of `at` (its own rows and its desks'), for the kiosk. */
export async function walkInHoursOn(locationId: string, at = clock.now()): Promise<Span[]> {
  const rows = await db().deskHours.findMany({ where: { locationId, kind: 'walk_in' } });
  const day = DateTime.fromJSDate(at, { zone: BRUSSELS }).toISODate()!;
  return new BusinessCalendar({
    hours: rows.map((r) => ({ weekday: r.weekday as WeeklyHours['weekday'], opens: r.opens, closes: r.closes })),
  }).blocksOn(day);
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
