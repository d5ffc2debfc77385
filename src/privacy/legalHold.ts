import { db } from '../db';
import { NotFoundError } from '../shared/errors';

/** A legal hold keeps a citizen's or a ticket's data past its retention period, until it is lifted. */
export async function holdContact(contactId: string, hold: boolean, reason: string | undefined) {
  if (!(await db().contact.findUnique({ where: { id: contactId } }))) throw new NotFoundError('No such contact.');
  return db().contact.update({
    where: { id: contactId },
    data: { legalHold: hold, legalHoldReason: hold ? (reason ?? null) : null },
    include: { identities: true, _count: { select: { tickets: true } } },
  });
}

export async function holdTicket(ticketId: string, hold: boolean) {
  if (!(await db().ticket.findUnique({ where: { id: ticketId } }))) throw new NotFoundError('No such ticket.');
  return db().ticket.update({ where: { id: ticketId }, data: { legalHold: hold } });
}
