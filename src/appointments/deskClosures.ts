import { db } from '../db';
import type { DeskClosure, Prisma } from '../generated/prisma/client';
import { NotFoundError, ValidationError } from '../shared/errors';
import { checkDesk, checkLocation } from './setupChecks';

/**
 * Closures and staff absences, from one instant to another: no locationId and no deskId closes every location (a
 * town-wide closure), a locationId alone closes that location, a deskId is a staff absence at that desk (its
 * locationId is the desk's).
 */
export interface ClosureFields {
  locationId?: string | null;
  deskId?: string | null;
  startsAt?: Date;
  endsAt?: Date;
  reason?: string;
}

export const ENDS_AFTER_STARTS = 'The end must be after the start.';

export async function findClosure(id: string): Promise<DeskClosure> {
  const c = await db().deskClosure.findUnique({ where: { id } });
  if (!c) throw new NotFoundError('No such closure or absence.');
  return c;
}

export const listClosures = (
  where: Prisma.DeskClosureWhereInput,
  orderBy: Prisma.DeskClosureOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().deskClosure.findMany({ where, orderBy, ...page });

export const countClosures = (where: Prisma.DeskClosureWhereInput) => db().deskClosure.count({ where });

/** A desk fixes the location: taken from the desk when missing, refused when it is another. */
async function place(
  locationId: string | null,
  deskId: string | null,
): Promise<{ locationId: string | null; deskId: string | null }> {
  const desk = await checkDesk(deskId);
  if (desk) {
    if (locationId && locationId !== desk.locationId)
      throw new ValidationError('This desk is at another location.', { deskId: 'This desk is at another location.' });
    return { locationId: desk.locationId, deskId: desk.id };
  }
  await checkLocation(locationId);
  return { locationId, deskId: null };
}

export async function createClosure(
  body: Required<Pick<ClosureFields, 'startsAt' | 'endsAt' | 'reason'>> & ClosureFields,
) {
  const where = await place(body.locationId ?? null, body.deskId ?? null);
  return db().deskClosure.create({
    data: { ...where, startsAt: body.startsAt, endsAt: body.endsAt, reason: body.reason },
  });
}

export async function updateClosure(id: string, body: ClosureFields) {
  const current = await findClosure(id);
  const startsAt = body.startsAt ?? current.startsAt;
  const endsAt = body.endsAt ?? current.endsAt;
  if (endsAt <= startsAt) throw new ValidationError(ENDS_AFTER_STARTS, { endsAt: ENDS_AFTER_STARTS });
  const deskId = body.deskId === undefined ? current.deskId : body.deskId;
  // another desk without a location given: the location follows the desk
  const locationId = body.locationId !== undefined ? body.locationId : body.deskId ? null : current.locationId;
  const where = await place(locationId, deskId);
  return db().deskClosure.update({
    where: { id },
    data: { ...where, startsAt, endsAt, reason: body.reason ?? current.reason },
  });
}

/** Removes it and answers it as it was. */
export async function removeClosure(id: string): Promise<DeskClosure> {
  const c = await findClosure(id);
  await db().deskClosure.delete({ where: { id } });
  return c;
}
