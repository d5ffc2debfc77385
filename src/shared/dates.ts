import { DateTime } from 'luxon';
import { z } from 'zod';

/** The town hall's time zone: every wall-clock time (opening hours, rules, dates on screen) is read in it. */
export const BRUSSELS = 'Europe/Brussels';

/** A calendar day as YYYY-MM-DD (in Europe/Brussels wherever it becomes instants). */
export const LocalDay = z
  .string()
  .refine(
    // whether a day exists does not depend on the zone; read in UTC, luxon asks Intl for no offset (a tenth of a
    // millisecond per request that names two days)
    (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v, { zone: 'utc' }).isValid,
    'Use a date as YYYY-MM-DD.',
  )
  // the holiday calendar (Easter) is Gregorian, and no town's case lies outside these years
  .refine((v) => v.slice(0, 4) >= '1900' && v.slice(0, 4) <= '2999', 'Use a date between 1900 and 2999.');

/**
 * A day (YYYY-MM-DD) as the epoch milliseconds of its midnight in UTC; NaN when it is no day. No time zone and no
 * library call, for code that counts days many times a request.
 */
export function utcMidnight(day: string): number {
  const t = Date.parse(`${day}T00:00:00Z`);
  // Date.parse rolls 30 February over into March, where luxon (and so LocalDay) says it is no day
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(t) && new Date(t).toISOString().startsWith(day) ? t : NaN;
}

/** A moment with its offset (2026-11-24T09:00:00+01:00), as the availability lists it; a bare local time is ambiguous on the clock-change days. */
export const Moment = z
  .string()
  .refine(
    (v) => /([+-]\d{2}:\d{2}|Z)$/.test(v) && DateTime.fromISO(v, { setZone: true }).isValid,
    'Give the start as ISO 8601 with its offset, e.g. 2026-11-24T09:00:00+01:00, as listed by the availability.',
  )
  .transform((v) => DateTime.fromISO(v, { setZone: true }).toJSDate());
