import { z } from 'zod';
import type { Role } from '../../generated/prisma/enums';

/** Shared by the administration API of appointments: who may read and write, and the fields several resources take (their checks are in src/appointments/setupChecks.ts). */
export const TAG = 'appointments';
/** Everyone at the console reads the counters' set-up (agents book by phone, staff serve at the counters). */
export const READ: readonly Role[] = ['admin', 'agent', 'staff'];
export const WRITE: readonly Role[] = ['admin'];

/** A time on the Brussels wall clock; '24:00' is the end of the day. Zero-padded, so strings compare like times. */
export const HHMM = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use HH:MM from 00:00 to 24:00, e.g. 08:30.');
export const Weekday = z
  .number('Give the weekday as a number: 1 = Monday … 7 = Sunday.')
  .int()
  .min(1, 'Use 1 (Monday) to 7 (Sunday).')
  .max(7, 'Use 1 (Monday) to 7 (Sunday).');
export const Kind = z.enum(['appointments', 'walk_in'], 'Choose appointments or walk_in.');

/** A list of ids without repeats. */
export const IdList = (what: string) =>
  z
    .array(z.uuid(`Each ${what} id is a UUID.`))
    .max(200)
    .transform((ids) => [...new Set(ids)]);

export const insensitive = (q: string) => ({ contains: q, mode: 'insensitive' as const });
