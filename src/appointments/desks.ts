import { db } from '../db';
import type { Desk, Prisma } from '../generated/prisma/client';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';
import { checkAllExist, checkLocation, conflictAs } from './setupChecks';

/** The counters at each location, with the products each serves. */
const withServices = {
  services: { select: { serviceId: true }, orderBy: { serviceId: 'asc' } },
} satisfies Prisma.DeskInclude;

export type DeskWithServices = Prisma.DeskGetPayload<{ include: typeof withServices }>;
export interface DeskFields {
  locationId?: string;
  name?: string;
  active?: boolean;
  /** the products this desk serves (given: replaces them) */
  serviceIds?: string[];
}

const DUPLICATE = 'This location already has a desk with this name.';

export async function findDesk(id: string): Promise<DeskWithServices> {
  const d = await db().desk.findUnique({ where: { id }, include: withServices });
  if (!d) throw new NotFoundError('No such desk.');
  return d;
}

export const listDesks = (
  where: Prisma.DeskWhereInput,
  orderBy: Prisma.DeskOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().desk.findMany({ where, include: withServices, orderBy, ...page });

export const countDesks = (where: Prisma.DeskWhereInput) => db().desk.count({ where });

async function check(body: DeskFields, current?: Desk) {
  await checkLocation(body.locationId);
  await checkAllExist(body.serviceIds, 'serviceIds', 'service');
  const locationId = body.locationId ?? current?.locationId;
  const name = body.name ?? current?.name;
  if (
    locationId &&
    name &&
    (await db().desk.findFirst({ where: { locationId, name, id: current ? { not: current.id } : undefined } }))
  ) {
    throw new ConflictError(DUPLICATE, { name: 'Already in use.' });
  }
  if (current && body.locationId && body.locationId !== current.locationId) {
    // the appointments keep the location they were booked at: a desk with upcoming ones cannot move away from under them
    const upcoming = await db().appointment.count({
      where: { deskId: current.id, status: { in: ['booked', 'checked_in'] }, endsAt: { gt: new Date() } },
    });
    if (upcoming) {
      const message = `This desk has ${upcoming} upcoming appointment${upcoming === 1 ? '' : 's'} at its location; move or cancel them first.`;
      throw new ValidationError(message, { locationId: message });
    }
  }
}

/**
 * Writes the desk (new when id is undefined) and, when serviceIds is given, replaces the products it serves; a desk
 * that moves takes its own hours and absences along.
 */
export async function saveDesk(id: string | undefined, body: DeskFields): Promise<DeskWithServices> {
  const current = id ? await findDesk(id) : undefined;
  await check(body, current);
  const { serviceIds, ...data } = body;
  const savedId = await conflictAs('name', DUPLICATE, () =>
    db().$transaction(async (tx) => {
      const d = current
        ? await tx.desk.update({ where: { id: current.id }, data })
        : await tx.desk.create({ data: data as Prisma.DeskUncheckedCreateInput });
      if (current && d.locationId !== current.locationId) {
        await tx.deskHours.updateMany({ where: { deskId: d.id }, data: { locationId: d.locationId } });
        await tx.deskClosure.updateMany({ where: { deskId: d.id }, data: { locationId: d.locationId } });
      }
      if (serviceIds) {
        await tx.deskService.deleteMany({ where: { deskId: d.id } });
        await tx.deskService.createMany({ data: serviceIds.map((serviceId) => ({ deskId: d.id, serviceId })) });
      }
      return d.id;
    }),
  );
  return findDesk(savedId);
}

/** Its appointments and history stay. */
export async function deactivateDesk(id: string): Promise<DeskWithServices> {
  await findDesk(id);
  await db().desk.update({ where: { id }, data: { active: false } });
  return findDesk(id);
}
