import type { Principal } from '../auth/principal';
import { db, type Tx } from '../db';
import type { NotificationChannel, TicketStatus } from '../generated/prisma/enums';
import { ConflictError, ValidationError } from '../shared/errors';
import { addToOutbox, dispatchOutbox, type OutboxEntry } from '../notifications/outbox';
import { agentReply, type Rendered } from '../notifications/templates';
import { STATUS_TEMPLATE_KEYS } from '../notifications/statusTemplates';
import { recordEvent } from './events';
import { issueTrackingToken, trackingUrl } from './tracking';
import { ticketFor } from './access';
import { statusTimestamps } from './update';
import { senderFor, threadHeadersFor } from '../notifications/emailThread';
import { smsAgentReply } from '../notifications/smsTemplates';
import { addresseeOf, decideReach, type UnreachableReason } from '../notifications/reach';
import { senderRegistry } from '../notifications/senders';
import { publishTicketEvent } from '../live/events';
import { countSmsSegments } from '../notifications/smsSegments';
import { randomToken } from '../shared/tokens';

const WITH_AUTHOR = { authorUser: { select: { name: true } } } as const;

function assertNotMerged(ticket: { mergedIntoId: string | null }) {
  if (ticket.mergedIntoId) throw new ConflictError('This ticket was merged into another one; continue there.');
}

export type ReplyChannel = NotificationChannel;

/** Longest answer sent as a text message; a long answer goes by email. */
export const SMS_REPLY_MAX = 1200;
/** WhatsApp takes 1,600 characters; the reference and tracking link need the rest. */
export const WHATSAPP_REPLY_MAX = 1400;
const SHORT_MAX: Partial<Record<ReplyChannel, number>> = { sms: SMS_REPLY_MAX, whatsapp: WHATSAPP_REPLY_MAX };

type TicketWithContact = Awaited<ReturnType<typeof ticketFor>>;

/** Why an answer cannot go out on the channel asked (or the default one), in the agent's words. */
const CANNOT_ANSWER: Record<ReplyChannel, Partial<Record<UnreachableReason, string>>> = {
  email: {
    no_address:
      'This citizen has no email address: call them back, text them, or add an address on their contact page first.',
    bounced:
      "This citizen's email address bounces (see their contact page): call them back, text them, or add a working address first.",
  },
  sms: {
    no_address: 'This citizen has no mobile number that accepts text messages (none known, or they sent STOP).',
    sms_refused: 'This citizen has no mobile number that accepts text messages (none known, or they sent STOP).',
  },
  whatsapp: {
    no_address: 'This citizen has no WhatsApp number: answer by email or text message.',
    whatsapp_refused: 'This citizen sent STOP on WhatsApp: answer by email or text message.',
  },
};

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
  const message =
    CANNOT_ANSWER[reach.channel][reach.reason] ?? 'This ticket can no longer be answered: its citizen was anonymised.';
  throw new ValidationError(
    message,
    reach.channel === 'email'
      ? { body: 'No email address for this citizen.' }
      : { via: `No number for ${reach.channel === 'sms' ? 'text messages' : 'WhatsApp'}.` },
  );
}

/** What the citizen receives for this text: the one rendering used both to send and to preview. */
function renderReply(ticket: TicketWithContact, channel: ReplyChannel, body: string, tracking: string): Rendered {
  const render: Record<ReplyChannel, () => Rendered> = {
    email: () =>
      agentReply(ticket.language, {
        reference: ticket.reference,
        subject: ticket.subject,
        body,
        trackingUrl: tracking,
      }),
    sms: () => smsAgentReply(ticket.language, { reference: ticket.reference, body, trackingUrl: tracking }),
    whatsapp: () => smsAgentReply(ticket.language, { reference: ticket.reference, body, trackingUrl: tracking }),
  };
  return render[channel]();
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
    const max = SHORT_MAX[channel];
    if (max && body.length > max) {
      const what = channel === 'sms' ? 'text message' : 'WhatsApp';
      throw new ValidationError(`A ${what} answer can be at most ${max} characters; send a long answer by email.`, {
        body: `Too long for a ${what}.`,
      });
    }
    // a channel that allows only approved templates at times (WhatsApp after 24 hours) says so before anything is stored
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
    const answer: Record<ReplyChannel, () => Promise<OutboxEntry>> = {
      // by email it joins the citizen's thread and leaves from the mailbox the ticket came in through
      email: async () => ({
        ...common,
        channel: 'email',
        template: 'agent_reply',
        from: senderFor(ticket.mailboxId ? await tx.mailbox.findUnique({ where: { id: ticket.mailboxId } }) : null),
        headers: await threadHeadersFor(tx, ticketId),
      }),
      sms: async () => ({ ...common, channel: 'sms', template: 'agent_reply_sms' }),
      whatsapp: async () => ({ ...common, channel: 'whatsapp', template: 'agent_reply_whatsapp' }),
    };
    const notificationId = await addToOutbox(tx, await answer[channel]());
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
  await publishTicketEvent('message', result.ticket, { direction: 'outbound' });
  await dispatchOutbox([result.notificationId]);
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
  if (channel === 'whatsapp') {
    const refusal = await senderRegistry.get(channel).freeTextRefusal?.(recipient, db());
    const freeText = refusal
      ? {
          allowed: false,
          reason: refusal.code,
          templateAvailable: refusal.templateAvailable,
          lastInboundAt: refusal.lastInboundAt ?? null,
        }
      : { allowed: true };
    return {
      channel,
      recipient,
      text: content.text,
      freeText,
      maxLength: WHATSAPP_REPLY_MAX,
      tooLong: body.length > WHATSAPP_REPLY_MAX,
    };
  }
  if (channel === 'sms')
    return {
      channel,
      recipient,
      text: content.text,
      sms: { ...countSmsSegments(content.text), maxLength: SMS_REPLY_MAX, tooLong: body.length > SMS_REPLY_MAX },
    };
  return { channel, recipient, subject: content.subject, text: content.text, html: content.html };
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
  await publishTicketEvent('message', ticket, { direction: 'note' });
  return message;
}
