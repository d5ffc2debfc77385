import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';

/** A ticket's timeline and audit trail, each event with its actor's name. */
export const listTicketEvents = (
  where: Prisma.TicketEventWhereInput,
  orderBy: Prisma.TicketEventOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().ticketEvent.findMany({ where, include: { actorUser: { select: { name: true } } }, orderBy, ...page });

/** Events of one moment (a reply and the status change it causes) in the order they were written. */
export const inWrittenOrder = (
  byTime: Record<string, 'asc' | 'desc'>,
): Prisma.TicketEventOrderByWithRelationInput[] => [byTime, { seq: Object.values(byTime)[0] ?? 'asc' }];

export const countTicketEvents = (where: Prisma.TicketEventWhereInput) => db().ticketEvent.count({ where });
