import type { Tx } from '../db';
import { db } from '../db';
import { blobStore } from '../attachments/storage';

export const REMOVED = '[verwijderd]';

/**
 * Removes the personal data of one ticket and keeps what statistics need (channel, category,
 * department, status, priority, timestamps, SLA): subject, address and location, message texts,
 * attachments, tracking links, the text of its notifications and free text on its timeline.
 * Returns the storage keys of attachments that no other attachment uses, to delete after commit.
 */
export async function anonymiseTicketTx(tx: Tx, ticketId: string): Promise<string[]> {
  const attachments = await tx.attachment.findMany({ where: { ticketId }, select: { storageKey: true } });
  await tx.attachment.deleteMany({ where: { ticketId } });
  const keys = [...new Set(attachments.map((a) => a.storageKey))];
  const stillUsed = keys.length
    ? await tx.attachment.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } })
    : [];
  await tx.message.updateMany({
    where: { ticketId },
    data: { bodyText: REMOVED, bodyHtml: null, displayText: null, meta: {}, authorContactId: null },
  });
  await tx.notification.updateMany({
    where: { ticketId },
    data: { recipient: REMOVED, subject: REMOVED, bodyText: REMOVED, bodyHtml: null, lastError: null, headers: {} },
  });
  await tx.trackingToken.deleteMany({ where: { ticketId } });
  // an e-loket request's answers (national-register numbers among them), address and download link; its type stays
  await tx.documentRequest.updateMany({
    where: { ticketId },
    data: {
      answers: {},
      sealedAnswers: {},
      postalAddress: null,
      downloadTokenHash: null,
      downloadTokenEnc: null,
      downloadExpiresAt: null,
    },
  });
  await tx.quarantinedEmail.deleteMany({ where: { ticketId } });
  // department-change reasons and similar free text may name people; the event itself stays
  await tx.$executeRaw`UPDATE ticket_event SET data = data - 'reason' - 'sourceContactId' WHERE ticket_id = ${ticketId}::uuid`;
  await tx.ticket.update({
    where: { id: ticketId },
    data: {
      subject: '[geanonimiseerd]',
      address: null,
      latitude: null,
      longitude: null,
      contactId: null,
      tags: [],
      anonymisedAt: new Date(),
    },
  });
  const used = new Set(stillUsed.map((a) => a.storageKey));
  return keys.filter((k) => !used.has(k));
}

export async function removeBlobs(keys: string[]): Promise<void> {
  for (const key of keys) await blobStore().remove(key);
}

/** A contact with no tickets left is deleted, with their addresses and numbers. */
export async function dropContactIfUnused(tx: Tx, contactId: string): Promise<boolean> {
  if ((await tx.ticket.count({ where: { contactId } })) > 0) return false;
  await tx.message.updateMany({ where: { authorContactId: contactId }, data: { authorContactId: null } });
  await tx.contact.delete({ where: { id: contactId } });
  return true;
}

export async function anonymiseTicket(ticketId: string): Promise<void> {
  const keys = await db().$transaction(async (tx) => {
    const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { contactId: true } });
    const removed = await anonymiseTicketTx(tx, ticketId);
    if (ticket.contactId) await dropContactIfUnused(tx, ticket.contactId);
    return removed;
  });
  await removeBlobs(keys);
}
