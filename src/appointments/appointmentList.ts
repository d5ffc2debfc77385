import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { NotFoundError } from '../shared/errors';

/** The appointments as the console reads them, each with its visit at the counter once there is one. */
const withVisit = { visit: { select: { id: true, number: true, status: true } } } as const;

export type AppointmentWithVisit = Prisma.AppointmentGetPayload<{ include: typeof withVisit }>;

export const listAppointments = (
  where: Prisma.AppointmentWhereInput,
  orderBy: Prisma.AppointmentOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().appointment.findMany({ where, include: withVisit, orderBy, ...page });

export const countAppointments = (where: Prisma.AppointmentWhereInput) => db().appointment.count({ where });

export async function findAppointment(id: string): Promise<AppointmentWithVisit> {
  const a = await db().appointment.findUnique({ where: { id }, include: withVisit });
  if (!a) throw new NotFoundError('No such appointment.');
  return a;
}
