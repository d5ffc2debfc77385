import { db, type Tx } from '../db';
import type { Channel, Language } from '../generated/prisma/enums';
import type { Ticket } from '../generated/prisma/client';
import { resolveContact, type ContactDetails } from '../contacts/resolve';
import { newReference } from '../tickets/reference';
import { issueTrackingToken, trackingUrl } from '../tickets/tracking';
import { recordEvent } from '../tickets/events';
import { chooseDepartment } from '../routing/chooseDepartment';
import { addToOutbox, dispatchOutbox } from '../notifications/outbox';
import { ticketReceived } from '../notifications/templates';
import { retryOnConflict } from '../shared/retry';
import type { StoredFile } from '../attachments/upload';
import { ConflictError, ValidationError } from '../http/errors';

export interface IntakeInput {
  channel: Channel;
  /** The channel's own id for this contact (Message-ID, CallSid, MessageSid, a form's submission key). */
  externalId?: string;
  contact: ContactDetails;
  subject: string;
  body: string;
  bodyHtml?: string;
  language?: Language;
  categoryId?: string;
  departmentId?: string;
  location?: { latitude?: number; longitude?: number; address?: string };
  attachments?: StoredFile[];
  /** the agent who recorded a phone call or counter visit */
  recordedBy?: string;
  acknowledge?: boolean;
}

export interface IntakeResult {
  ticket: Ticket;
  created: boolean;
  trackingToken: string;
}

/**
 * The one way a citizen's contact enters Voordeur, whatever the channel: the contact, the ticket,
 * its first message, attachments, timeline and the acknowledgement are written in one transaction.
 * A repeated externalId returns the ticket it already made, so channel retries never double a contact.
 */
export async function intake(input: IntakeInput): Promise<IntakeResult> {
  const result = await retryOnConflict(() => db().$transaction((tx) => intakeTx(tx, input)));
  await dispatchOutbox(result.outbox);
  return result;
}

async function intakeTx(tx: Tx, input: IntakeInput) {
  if (input.externalId) {
    const existing = await tx.message.findUnique({
      where: { channel_externalId: { channel: input.channel, externalId: input.externalId } },
      include: { ticket: true, authorContact: { include: { identities: true } } },
    });
    if (existing) {
      const ids = existing.authorContact?.identities.map((i) => i.value) ?? [];
      const sameSender = [input.contact.email, input.contact.phone].some((v) => v && ids.includes(v));
      if (!sameSender) throw new ConflictError('This submission key was already used for another message; send a new key.', { submissionKey: 'already used' });
      const trackingToken = await issueTrackingToken(tx, existing.ticketId);
      return { ticket: existing.ticket, created: false, trackingToken, outbox: [] as string[] };
    }
  }
  const category = input.categoryId ? await tx.category.findUnique({ where: { id: input.categoryId } }) : null;
  if (input.categoryId && !category?.active) throw new ValidationError('Unknown category.', { categoryId: 'Choose one of the listed categories.' });
  const contact = await resolveContact(tx, input.contact);
  const language = input.language ?? input.contact.language ?? contact?.language ?? 'nl';
  const departmentId = chooseDepartment(input.departmentId, category);
  const ticket = await tx.ticket.create({
    data: {
      reference: newReference(),
      subject: input.subject,
      channel: input.channel,
      language,
      contactId: contact?.id,
      categoryId: input.categoryId,
      departmentId,
      latitude: input.location?.latitude,
      longitude: input.location?.longitude,
      address: input.location?.address,
    },
  });
  const message = await tx.message.create({
    data: {
      ticketId: ticket.id,
      direction: 'inbound',
      channel: input.channel,
      authorContactId: contact?.id,
      authorUserId: input.recordedBy,
      bodyText: input.body,
      bodyHtml: input.bodyHtml,
      externalId: input.externalId,
    },
  });
  if (input.attachments?.length) {
    await tx.attachment.createMany({ data: input.attachments.map((a) => ({ ...a, ticketId: ticket.id, messageId: message.id })) });
  }
  await recordEvent(tx, ticket.id, 'created', input.recordedBy, { channel: input.channel, departmentId, categoryId: input.categoryId ?? null });
  const trackingToken = await issueTrackingToken(tx, ticket.id);
  const outbox: string[] = [];
  if (input.acknowledge !== false && input.contact.email) {
    const content = ticketReceived(language, {
      name: contact?.name,
      reference: ticket.reference,
      subject: ticket.subject,
      trackingUrl: trackingUrl(trackingToken),
    });
    outbox.push(
      await addToOutbox(tx, { channel: 'email', template: 'ticket_received', language, recipient: input.contact.email, content, ticketId: ticket.id, messageId: message.id }),
    );
  }
  return { ticket, created: true, trackingToken, outbox };
}
