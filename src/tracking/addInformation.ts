import { z } from 'zod';
import { db } from '../db';
import { intake } from '../intake/intake';
import { storeUploads, type IncomingFile } from '../attachments/upload';
import { ConflictError } from '../shared/errors';

export const AddInformationBody = z.object({
  message: z.string().trim().min(2, 'Write your message.').max(5000, 'Keep it under 5,000 characters.'),
  /** a random key from the page, so pressing send twice adds it once */
  submissionKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,100}$/, 'Reload the page and send again.')
    .optional(),
});

/** The citizen adds information or photos to their case through their link: it lands on the ticket as their message. */
export async function addInformation(ticketId: string, message: string, files: IncomingFile[], submissionKey?: string) {
  const ticket = await db().ticket.findUniqueOrThrow({
    where: { id: ticketId },
    include: { contact: { include: { identities: true } } },
  });
  if (ticket.anonymisedAt)
    throw new ConflictError('This case was closed and its personal data removed; please send a new question.');
  const email = ticket.contact?.identities.find((i) => i.kind === 'email')?.value;
  const phone = ticket.contact?.identities.find((i) => i.kind === 'phone')?.value;
  const attachments = await storeUploads(files);
  return intake({
    channel: 'web',
    externalId: submissionKey ? `tracking:${submissionKey}` : undefined,
    contact: { email, phone },
    subject: ticket.subject,
    body: message,
    ticketId,
    attachments,
    meta: { via: 'tracking page' },
  });
}

export async function setStatusUpdates(ticketId: string, wanted: boolean): Promise<void> {
  const ticket = await db().ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { contactId: true } });
  if (!ticket.contactId) return;
  await db().contact.update({
    where: { id: ticket.contactId },
    data: { statusUpdatesOptOutAt: wanted ? null : new Date() },
  });
}
