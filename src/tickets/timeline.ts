import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';

/** A ticket's timeline and audit trail, each event with its actor's name. */
export const listTicketEvents = (
  where: Prisma.TicketEventWhereInput,
  orderBy: Prisma.TicketEventOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().ticketEvent.findMany({ where, include: { actorUser: { select: { name: true } } }, orderBy, ...page });

export const countTicketEvents = (where: Prisma.TicketEventWhereInput) => db().ticketEvent.count({ where });
