import type { Principal } from '../auth/principal';
import { db } from '../db';
import type { TicketStatus } from '../generated/prisma/enums';
import { ConflictError, ValidationError } from '../http/errors';
import { addToOutbox, dispatchOutbox } from '../notifications/outbox';
import { agentReply } from '../notifications/templates';
import { recordEvent } from './events';
import { issueTrackingToken, trackingUrl } from './tracking';
import { ticketFor } from './access';
import { statusTimestamps } from './update';
import { senderFor, threadHeadersFor } from '../channels/email/outboundThread';

const WITH_AUTHOR = { authorUser: { select: { name: true } } } as const;

function assertNotMerged(ticket: { mergedIntoId: string | null }) {
  if (ticket.mergedIntoId) throw new ConflictError('This ticket was merged into another one; continue there.');
}

/**
 * An agent's answer: stored on the ticket and emailed to the citizen through the outbox in the
 * same transaction. Answering a new ticket opens it; the first answer sets the first-response time.
 */
export async function replyToCitizen(user: Principal, ticketId: string, body: string, status?: TicketStatus) {
  const result = await db().$transaction(async (tx) => {
    const ticket = await ticketFor(user, ticketId, tx);
    assertNotMerged(ticket);
    const email = ticket.contact?.identities.find((i) => i.kind === 'email')?.value;
    if (!email) {
      throw new ValidationError('This citizen has no email address: call them back, or add an address on their contact page first.', {
        body: 'No email address for this citizen.',
      });
    }
    const message = await tx.message.create({ data: { ticketId, direction: 'outbound', channel: 'email', authorUserId: user.id, bodyText: body }, include: WITH_AUTHOR });
    const token = await issueTrackingToken(tx, ticketId);
    const content = agentReply(ticket.language, {
      name: ticket.contact?.name,
      reference: ticket.reference,
      subject: ticket.subject,
      body,
      agentName: user.name,
      trackingUrl: trackingUrl(token),
    });
    const mailbox = ticket.mailboxId ? await tx.mailbox.findUnique({ where: { id: ticket.mailboxId } }) : null;
    const notificationId = await addToOutbox(tx, {
      channel: 'email',
      template: 'agent_reply',
      language: ticket.language,
      recipient: email,
      content,
      ticketId,
      messageId: message.id,
      from: senderFor(mailbox),
      headers: await threadHeadersFor(tx, ticketId),
    });
    const nextStatus = status ?? (ticket.status === 'new' ? 'open' : ticket.status);
    await tx.ticket.update({
      where: { id: ticketId },
      data: {
        firstResponseAt: ticket.firstResponseAt ?? new Date(),
        ...(nextStatus !== ticket.status ? { status: nextStatus, ...statusTimestamps(nextStatus) } : {}),
      },
    });
    await recordEvent(tx, ticketId, 'replied', user.id, { messageId: message.id, channel: 'email' });
    if (nextStatus !== ticket.status) await recordEvent(tx, ticketId, 'status_changed', user.id, { from: ticket.status, to: nextStatus });
    return { message, notificationId };
  });
  await dispatchOutbox([result.notificationId]);
  return result.message;
}

export async function addInternalNote(user: Principal, ticketId: string, body: string) {
  return db().$transaction(async (tx) => {
    const ticket = await ticketFor(user, ticketId, tx);
    assertNotMerged(ticket);
    const message = await tx.message.create({ data: { ticketId, direction: 'note', channel: ticket.channel, authorUserId: user.id, bodyText: body }, include: WITH_AUTHOR });
    await recordEvent(tx, ticketId, 'note_added', user.id, { messageId: message.id });
    return message;
  });
}
