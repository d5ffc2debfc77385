import type { Tx } from '../db';
import { db } from '../db';
import { BusinessCalendar, type WeeklyHours } from './calendar';

/** Used when neither the department nor the municipality has set opening hours. */
export const DEFAULT_HOURS: WeeklyHours[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday: weekday as WeeklyHours['weekday'],
  opens: '09:00',
  closes: '17:00',
}));

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A department's business calendar: its own opening hours, or the municipality's when it has none,
 * the municipality's closure days and its own, and the Belgian public holidays.
 */
export async function calendarFor(departmentId: string | null | undefined, tx: Tx = db()): Promise<BusinessCalendar> {
  // one after the other: inside a transaction the queries share its single connection anyway
  const own = departmentId ? await tx.openingHours.findMany({ where: { departmentId } }) : [];
  const municipal = await tx.openingHours.findMany({ where: { departmentId: null } });
  const closures = await tx.closure.findMany({
    where: { OR: [{ departmentId: null }, ...(departmentId ? [{ departmentId }] : [])] },
  });
  const rows = own.length ? own : municipal;
  const hours = rows.length
    ? rows.map((h) => ({ weekday: h.weekday as WeeklyHours['weekday'], opens: h.opens, closes: h.closes }))
    : DEFAULT_HOURS;
  return new BusinessCalendar({
    hours,
    closures: closures.map((c) => ({ start: isoDate(c.startDate), end: isoDate(c.endDate) })),
  });
}

const CACHE_MS = 30_000;
const cache = new Map<string, { at: number; calendar: Promise<BusinessCalendar> }>();

/** The same, remembered for half a minute per department: SLA clocks are computed for every new ticket and every list. */
export function cachedCalendarFor(
  departmentId: string | null | undefined,
  client: Tx = db(),
): Promise<BusinessCalendar> {
  const key = departmentId ?? '';
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.calendar;
  const calendar = calendarFor(departmentId, client);
  cache.set(key, { at: Date.now(), calendar });
  calendar.catch(() => cache.delete(key));
  return calendar;
}

/** After opening hours or closures change. */
export function forgetCalendars(): void {
  cache.clear();
}
