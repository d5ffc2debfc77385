import { db } from '../db';
import type { IdentityKind } from '../generated/prisma/enums';

/**
 * The citizen's latest case that is still open, found by one of their addresses (a phone number, a chat app's
 * number): a text or chat message joins it rather than opening another.
 */
export async function latestOpenTicketOf(kind: IdentityKind, value: string): Promise<string | undefined> {
  const identity = await db().contactIdentity.findUnique({
    where: { kind_value: { kind, value } },
    select: { contactId: true },
  });
  if (!identity) return undefined;
  const ticket = await db().ticket.findFirst({
    where: { contactId: identity.contactId, status: { in: ['new', 'open', 'pending_citizen'] }, mergedIntoId: null },
    orderBy: { updatedAt: 'desc' },
    select: { id: true },
  });
  return ticket?.id;
}
