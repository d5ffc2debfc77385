import { z } from 'zod';
import { Prisma } from '../../generated/prisma/client';
import type { Role } from '../../generated/prisma/enums';
import { ConflictError, ValidationError } from '../../shared/errors';
import { db } from '../../db';

/** Shared by the administration API of appointments: who may read and write, and the checks several resources make. */
export const TAG = 'appointments';
/** Everyone at the console reads the counters' set-up (agents book by phone, staff serve at the counters). */
export const READ: readonly Role[] = ['admin', 'agent', 'staff'];
export const WRITE: readonly Role[] = ['admin'];

export const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const weekdayName = (weekday: number) => `${WEEKDAYS[weekday] ?? '?'} (weekday ${weekday})`;

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

/** The ids in `ids` that have no row: a 400 on `field` naming them. */
export async function checkAllExist(
  ids: string[] | undefined,
  field: string,
  what: string,
  count: (ids: string[]) => Promise<{ id: string }[]>,
) {
  if (!ids?.length) return;
  const found = new Set((await count(ids)).map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    const message =
      missing.length === 1 ? `No such ${what}: ${missing[0]}.` : `No such ${what}s: ${missing.join(', ')}.`;
    throw new ValidationError(message, { [field]: message });
  }
}

export async function checkLocation(locationId: string | null | undefined, field = 'locationId') {
  if (!locationId) return undefined;
  const location = await db().location.findUnique({ where: { id: locationId } });
  if (!location) throw new ValidationError('No such location.', { [field]: 'No such location.' });
  return location;
}

export async function checkDesk(deskId: string | null | undefined, field = 'deskId') {
  if (!deskId) return undefined;
  const desk = await db().desk.findUnique({ where: { id: deskId } });
  if (!desk) throw new ValidationError('No such desk.', { [field]: 'No such desk.' });
  return desk;
}

/** A unique index whose name does not map to one field (desk: location and name) still answers 409 on the field the user typed. */
export async function conflictAs<T>(field: string, message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002')
      throw new ConflictError(message, { [field]: 'Already in use.' });
    throw err;
  }
}

export const insensitive = (q: string) => ({ contains: q, mode: 'insensitive' as const });
