import type { Principal } from '../auth/principal';
import { db } from '../db';
import { NotFoundError } from '../shared/errors';
import { ticketScope } from '../tickets/policy';

/** An attachment of a ticket the user may see; else a 404, as for a ticket they may not see. */
export async function attachmentFor(user: Principal, id: string) {
  const a = await db().attachment.findFirst({ where: { id, ticket: ticketScope(user) } });
  if (!a) throw new NotFoundError('No such attachment.');
  return a;
}
