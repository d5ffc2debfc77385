import { db } from '../db';
import { ConflictError, NotFoundError } from '../shared/errors';
import { anonymiseTicketTx, removeBlobs, REMOVED } from './anonymise';

/**
 * The right to erasure: every ticket of the person is anonymised and the person deleted with all
 * their addresses and numbers, unless a legal hold (on them or on one of their tickets) says the
 * law requires keeping it; then nothing is touched and the reason is given.
 */
export async function eraseContact(contactId: string): Promise<{ tickets: number }> {
  const keys: string[] = [];
  const tickets = await db().$transaction(async (tx) => {
    const contact = await tx.contact.findUnique({
      where: { id: contactId },
      include: { tickets: { select: { id: true, legalHold: true, reference: true } } },
    });
    if (!contact) throw new NotFoundError('No such contact.');
    if (contact.legalHold)
      throw new ConflictError(
        `This person is under a legal hold (${contact.legalHoldReason ?? 'no reason given'}); their data cannot be erased.`,
      );
    const held = contact.tickets.filter((t) => t.legalHold);
    if (held.length)
      throw new ConflictError(
        `Tickets ${held.map((t) => t.reference).join(', ')} are under a legal hold; lift it first or erase nothing.`,
      );
    for (const t of contact.tickets) keys.push(...(await anonymiseTicketTx(tx, t.id)));
    // what they wrote on tickets of others (merged or forwarded) goes too
    await tx.message.updateMany({
      where: { authorContactId: contactId },
      data: { bodyText: REMOVED, bodyHtml: null, displayText: null, meta: {}, authorContactId: null },
    });
    // a citizen logged in right now (src/citizens) loses their login with the rest: name, address, national-register number
    const logins = await tx.contactIdentity.findMany({ where: { contactId, kind: 'oidc' }, select: { value: true } });
    if (logins.length) await tx.citizenSession.deleteMany({ where: { subject: { in: logins.map((l) => l.value) } } });
    await tx.contact.delete({ where: { id: contactId } });
    return contact.tickets.length;
  });
  await removeBlobs(keys);
  return { tickets };
}
