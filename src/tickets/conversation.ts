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
import { smsAllowed } from '../channels/sms/optOut';
import { smsAgentReply } from '../channels/sms/templates';
import { publishTicketEvent } from '../live/events';

const WITH_AUTHOR = { authorUser: { select: { name: true } } } as const;

function assertNotMerged(ticket: { mergedIntoId: string | null }) {
  if (ticket.mergedIntoId) throw new ConflictError('This ticket was merged into another one; continue there.');
}

/**
 * An agent's answer: stored on the ticket and emailed to the citizen through the outbox in the
 * same transaction. Answering a new ticket opens it; the first answer sets the first-response time.
 */
export type ReplyChannel = 'email' | 'sms';

/**
 * An agent's answer: stored on the ticket and sent to the citizen through the outbox in the same transaction,
 * by email, or by text message when asked (or when the citizen has no email address but a mobile number that
 * did not opt out). Answering a new ticket opens it; the first answer sets the first-response time.
 */
export async function replyToCitizen(user: Principal, ticketId: string, body: string, status?: TicketStatus, via?: ReplyChannel) {
  const result = await db().$transaction(async (tx) => {
    const ticket = await ticketFor(user, ticketId, tx);
    assertNotMerged(ticket);
    const email = ticket.contact?.identities.find((i) => i.kind === 'email')?.value;
    const phones = ticket.contact?.identities.filter((i) => i.kind === 'phone').map((i) => i.value) ?? [];
    let mobile: string | undefined;
    for (const p of phones) if (!mobile && (await smsAllowed(p, tx))) mobile = p;
    const channel: ReplyChannel = via ?? (email ? 'email' : mobile ? 'sms' : 'email');
    if (channel === 'email' && !email) {
      throw new ValidationError('This citizen has no email address: call them back, text them, or add an address on their contact page first.', {
        body: 'No email address for this citizen.',
      });
    }
    if (channel === 'sms' && !mobile) {
      throw new ValidationError('This citizen has no mobile number that accepts text messages (none known, or they sent STOP).', { via: 'No mobile number for text messages.' });
    }
    if (channel === 'sms' && body.length > 1200) throw new ValidationError('A text message answer can be at most 1200 characters; send a long answer by email.', { body: 'Too long for a text message.' });
    const message = await tx.message.create({ data: { ticketId, direction: 'outbound', channel, authorUserId: user.id, bodyText: body }, include: WITH_AUTHOR });
    const token = await issueTrackingToken(tx, ticketId);
    const notificationId =
      channel === 'sms'
        ? await addToOutbox(tx, {
            channel: 'sms',
            template: 'agent_reply_sms',
            language: ticket.language,
            recipient: mobile!,
            content: smsAgentReply(ticket.language, { reference: ticket.reference, body, agentName: user.name, trackingUrl: trackingUrl(token) }),
            ticketId,
            messageId: message.id,
          })
        : await addToOutbox(tx, {
            channel: 'email',
            template: 'agent_reply',
            language: ticket.language,
            recipient: email!,
            content: agentReply(ticket.language, {
              name: ticket.contact?.name,
              reference: ticket.reference,
              subject: ticket.subject,
              body,
              agentName: user.name,
              trackingUrl: trackingUrl(token),
            }),
            ticketId,
            messageId: message.id,
            from: senderFor(ticket.mailboxId ? await tx.mailbox.findUnique({ where: { id: ticket.mailboxId } }) : null),
            headers: await threadHeadersFor(tx, ticketId),
          });
    const nextStatus = status ?? (ticket.status === 'new' ? 'open' : ticket.status);
    const updated = await tx.ticket.update({
      where: { id: ticketId },
      data: {
        firstResponseAt: ticket.firstResponseAt ?? new Date(),
        ...(nextStatus !== ticket.status ? { status: nextStatus, ...statusTimestamps(nextStatus) } : {}),
      },
    });
    await recordEvent(tx, ticketId, 'replied', user.id, { messageId: message.id, channel });
    if (nextStatus !== ticket.status) await recordEvent(tx, ticketId, 'status_changed', user.id, { from: ticket.status, to: nextStatus });
    return { message, notificationId, ticket: updated };
  });
  await publishTicketEvent('message', result.ticket, { direction: 'outbound' });
  await dispatchOutbox([result.notificationId]);
  return result.message;
}

export async function addInternalNote(user: Principal, ticketId: string, body: string) {
  const { message, ticket } = await db().$transaction(async (tx) => {
    const ticket = await ticketFor(user, ticketId, tx);
    assertNotMerged(ticket);
    const message = await tx.message.create({ data: { ticketId, direction: 'note', channel: ticket.channel, authorUserId: user.id, bodyText: body }, include: WITH_AUTHOR });
    await recordEvent(tx, ticketId, 'note_added', user.id, { messageId: message.id });
    return { message, ticket };
  });
  await publishTicketEvent('message', ticket, { direction: 'note' });
  return message;
}
