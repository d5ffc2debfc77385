import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { ConflictError, ValidationError } from '../shared/errors';

/** The checks the counters' set-up (products, desks, hours, closures) makes before it writes. */

/** Every id in `ids` has a row in `table`: else a 400 on `field` naming the missing ones. */
export async function checkAllExist(ids: string[] | undefined, field: string, table: 'service' | 'desk') {
  if (!ids?.length) return;
  const rows =
    table === 'desk'
      ? await db().desk.findMany({ where: { id: { in: ids } }, select: { id: true } })
      : await db().service.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    const message =
      missing.length === 1 ? `No such ${table}: ${missing[0]}.` : `No such ${table}s: ${missing.join(', ')}.`;
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
