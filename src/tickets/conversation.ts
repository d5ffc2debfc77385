import type { Principal } from '../auth/principal';
import { db, type Tx } from '../db';
import type { NotificationChannel, TicketStatus } from '../generated/prisma/enums';
import { ConflictError, ValidationError } from '../shared/errors';
import { addToOutbox, type OutboxEntry } from '../notifications/outbox';
import { agentReply, type Rendered } from '../notifications/templates';
import { STATUS_TEMPLATE_KEYS } from '../notifications/statusTemplates';
import { recordEvent } from './events';
import { issueTrackingToken, trackingUrl } from './tracking';
import { ticketFor } from './access';
import { statusTimestamps } from './update';
import { senderFor, threadHeadersFor } from '../notifications/emailThread';
import { smsAgentReply } from '../notifications/smsTemplates';
import { addresseeOf, decideReach } from '../notifications/reach';
import { senderRegistry } from '../notifications/senders';
import { ticketChanged } from '../shared/ticketChanges';
import { countSmsSegments } from '../notifications/smsSegments';
import { randomToken } from '../shared/tokens';
import { channelRegistry } from '../shared/channelRegistry';

const WITH_AUTHOR = { authorUser: { select: { name: true } } } as const;

function assertNotMerged(ticket: { mergedIntoId: string | null }) {
  if (ticket.mergedIntoId) throw new ConflictError('This ticket was merged into another one; continue there.');
}

export type ReplyChannel = NotificationChannel;

type TicketWithContact = Awaited<ReturnType<typeof ticketFor>>;

/**
 * Where an answer goes: email, or a text message when asked (or when the citizen has no working email address but a
 * mobile number that did not opt out). Decided by notifications/reach.ts, like every other message to a citizen.
 */
async function replyRecipient(
  tx: Tx,
  ticket: TicketWithContact,
  via?: ReplyChannel,
): Promise<{ channel: ReplyChannel; recipient: string }> {
  const reach = await decideReach(tx, 'answer', addresseeOf(ticket.contact, ticket), via);
  if (reach.reachable) return reach.routes[0];
  // why it cannot go out on the channel asked (or the default one), in the agent's words
  const { refusedReason, agentWords } = channelRegistry.messaging(reach.channel);
  const message =
    reach.reason === 'no_address'
      ? agentWords.noAddress
      : reach.reason === refusedReason
        ? agentWords.refused
        : 'This ticket can no longer be answered: its citizen was anonymised.';
  throw new ValidationError(message, agentWords.missingField);
}

/** What the citizen receives for this text: the one rendering used both to send and to preview. */
function renderReply(ticket: TicketWithContact, channel: ReplyChannel, body: string, tracking: string): Rendered {
  if (channelRegistry.messaging(channel).format === 'short')
    return smsAgentReply(ticket.language, { reference: ticket.reference, body, trackingUrl: tracking });
  return agentReply(ticket.language, {
    reference: ticket.reference,
    subject: ticket.subject,
    body,
    trackingUrl: tracking,
  });
}

/**
 * An agent's answer: stored on the ticket and sent to the citizen through the outbox in the same transaction. The
 * text goes out as written (the compose box already holds the greeting and signature). Answering a new ticket opens
 * it; the first answer sets the first-response time.
 */
export async function replyToCitizen(
  user: Principal,
  ticketId: string,
  body: string,
  status?: TicketStatus,
  via?: ReplyChannel,
  asTemplate?: boolean,
) {
  const result = await db().$transaction(async (tx) => {
    const ticket = await ticketFor(user, ticketId, tx);
    assertNotMerged(ticket);
    const { channel, recipient } = await replyRecipient(tx, ticket, via);
    const { replyMaxLength: max, agentWords, format, templateSuffix } = channelRegistry.messaging(channel);
    if (max && body.length > max) {
      const what = agentWords.what;
      throw new ValidationError(`A ${what} answer can be at most ${max} characters; send a long answer by email.`, {
        body: `Too long for a ${what}.`,
      });
    }
    // a channel that allows only approved templates at times (a chat app's window) says so before anything is stored
    const refusal = await senderRegistry.get(channel).freeTextRefusal?.(recipient, tx);
    if (refusal && !(asTemplate && refusal.templateAvailable))
      throw new ConflictError(refusal.message, { body: refusal.code });
    const message = await tx.message.create({
      data: { ticketId, direction: 'outbound', channel, authorUserId: user.id, bodyText: body },
      include: WITH_AUTHOR,
    });
    // the answer tells the citizen where their case stands (a macro may have just set the status): a status update
    // still waiting to go out would say it a second time
    await tx.notification.updateMany({
      where: { ticketId, template: { in: [...STATUS_TEMPLATE_KEYS] }, status: 'pending' },
      data: { status: 'suppressed', lastError: 'withdrawn: an agent answered before it was sent' },
    });
    const content = renderReply(ticket, channel, body, trackingUrl(await issueTrackingToken(tx, ticketId)));
    const common = { language: ticket.language, recipient, content, ticketId, messageId: message.id };
    const answer = async (): Promise<OutboxEntry> =>
      format === 'short'
        ? { ...common, channel, template: `agent_reply${templateSuffix}` }
        : // by email it joins the citizen's thread and leaves from the mailbox the ticket came in through
          {
            ...common,
            channel,
            template: 'agent_reply',
            from: senderFor(ticket.mailboxId ? await tx.mailbox.findUnique({ where: { id: ticket.mailboxId } }) : null),
            headers: await threadHeadersFor(tx, ticketId),
          };
    const notificationId = await addToOutbox(tx, await answer());
    const nextStatus = status ?? (ticket.status === 'new' ? 'open' : ticket.status);
    const updated = await tx.ticket.update({
      where: { id: ticketId },
      data: {
        firstResponseAt: ticket.firstResponseAt ?? new Date(),
        ...(nextStatus !== ticket.status ? { status: nextStatus, ...statusTimestamps(nextStatus) } : {}),
      },
    });
    await recordEvent(tx, ticketId, 'replied', user.id, { messageId: message.id, channel });
    if (nextStatus !== ticket.status)
      await recordEvent(tx, ticketId, 'status_changed', user.id, { from: ticket.status, to: nextStatus });
    return { message, notificationId, ticket: updated };
  });
  await ticketChanged('message', result.ticket, { direction: 'outbound' });
  return result.message;
}

/**
 * Exactly what replyToCitizen would send for this text, made by the same code; nothing is stored or sent. The
 * tracking link has the length of a real one (so the SMS count is right) but opens nothing.
 */
export async function previewReply(user: Principal, ticketId: string, body: string, via?: ReplyChannel) {
  const ticket = await ticketFor(user, ticketId);
  const { channel, recipient } = await replyRecipient(db(), ticket, via);
  const content = renderReply(ticket, channel, body, trackingUrl(randomToken()));
  const messaging = channelRegistry.messaging(channel);
  // whether the agent's own words may go now (a chat app's window), and what the console shows when not
  const refusal = await senderRegistry.get(channel).freeTextRefusal?.(recipient, db());
  const freeText = refusal
    ? {
        allowed: false,
        reason: refusal.code,
        templateAvailable: refusal.templateAvailable,
        lastInboundAt: refusal.lastInboundAt ?? null,
        notice: refusal.notice,
      }
    : { allowed: true };
  if (messaging.format === 'email')
    return { channel, recipient, subject: content.subject, text: content.text, html: content.html, freeText };
  const maxLength = messaging.replyMaxLength ?? null;
  const tooLong = maxLength !== null && body.length > maxLength;
  return {
    channel,
    recipient,
    text: content.text,
    freeText,
    maxLength,
    tooLong,
    ...(messaging.countsSegments ? { sms: { ...countSmsSegments(content.text), maxLength, tooLong } } : {}),
  };
}

export async function addInternalNote(user: Principal, ticketId: string, body: string) {
  const { message, ticket } = await db().$transaction(async (tx) => {
    const ticket = await ticketFor(user, ticketId, tx);
    assertNotMerged(ticket);
    const message = await tx.message.create({
      data: { ticketId, direction: 'note', channel: ticket.channel, authorUserId: user.id, bodyText: body },
      include: WITH_AUTHOR,
    });
    await recordEvent(tx, ticketId, 'note_added', user.id, { messageId: message.id });
    return { message, ticket };
  });
  await ticketChanged('message', ticket, { direction: 'note' });
  return message;
}
