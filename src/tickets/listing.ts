import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { ticketListInclude } from './presenter';

/**
 * One page of the console's ticket list and how many match, counted up to `cap` (past it the route says '*'). A
 * search is not counted (matching a word costs per ticket): one row past the page says whether a next page exists.
 */
export async function listTickets(
  where: Prisma.TicketWhereInput,
  orderBy: Prisma.TicketOrderByWithRelationInput[],
  page: { skip: number; take: number },
  search: boolean,
  cap: number,
) {
  if (search) {
    // A page of the newest matches is found by walking the newest tickets; parallel workers racing ahead of one
    // another made that walk ten times longer over a million tickets, so a search does without them
    const [, found] = await db().$transaction([
      db().$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`,
      db().ticket.findMany({ where, include: ticketListInclude, orderBy, skip: page.skip, take: page.take + 1 }),
    ]);
    return {
      rows: found.slice(0, page.take),
      total: found.length > page.take ? cap + 1 : page.skip + found.length,
    };
  }
  // ids up to the cap, in the list's order: without an order Prisma sorts a limited query by id, a sort of every
  // match (count({take}) does the same)
  const [rows, matches] = await Promise.all([
    db().ticket.findMany({ where, include: ticketListInclude, orderBy, ...page }),
    db().ticket.findMany({ where, select: { id: true }, orderBy, take: cap + 1 }),
  ]);
  return { rows, total: matches.length };
}
