import type { Principal } from '../auth/principal';
import type { Tx } from '../db';
import { db } from '../db';
import { NotFoundError } from '../shared/errors';
import { ticketScope } from './policy';

/** Loads a ticket the user may see; one outside their departments is "not found", so its existence does not leak. */
export async function ticketFor(user: Principal, id: string, tx: Tx = db()) {
  const ticket = await tx.ticket.findFirst({
    where: { id, ...ticketScope(user) },
    include: { contact: { include: { identities: true } } },
  });
  if (!ticket) throw new NotFoundError('No such ticket, or it belongs to a department you are not in.');
  return ticket;
}

/** Those of these tickets the user may see. */
export async function visibleTicketIds(user: Principal, ids: string[]): Promise<Set<string>> {
  const rows = await db().ticket.findMany({ where: { id: { in: ids }, ...ticketScope(user) }, select: { id: true } });
  return new Set(rows.map((t) => t.id));
}
