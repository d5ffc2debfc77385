import { db, type Tx } from '../db';
import type { Channel, Language, NotificationChannel } from '../generated/prisma/enums';
import type { Prisma, Ticket } from '../generated/prisma/client';
import { resolveContact, type ContactDetails } from '../contacts/resolve';
import { newReference } from '../tickets/reference';
import { issueTrackingToken, trackingUrl } from '../tickets/tracking';
import { recordEvent, type TicketEventType } from '../tickets/events';
import { decideRouting } from '../routing/decide';
import { autoAssign } from '../routing/assign';
import { initialSla } from '../routing/sla';
import { addToOutbox, dispatchOutbox, type EmailHeaders, type OutboxEntry } from '../notifications/outbox';
import { replyLanguage } from '../notifications/replyLanguage';
import { reportReceived, ticketReceived } from '../notifications/templates';
import { retryOnConflict } from '../shared/retry';
import type { StoredFile } from '../attachments/upload';
import { ConflictError } from '../shared/errors';
import { smsTicketReceived } from '../notifications/smsTemplates';
import { channelRegistry } from '../shared/channelRegistry';
import { decideReach } from '../notifications/reach';
import { ticketChanged } from '../shared/ticketChanges';

export interface IntakeInput {
  channel: Channel;
  /** The channel's own id for this contact (Message-ID, CallSid, MessageSid, a form's submission key). */
  externalId?: string;
  contact: ContactDetails;
  subject: string;
  body: string;
  /** already sanitized */
  bodyHtml?: string;
  displayText?: string;
  meta?: Prisma.InputJsonObject;
  /** the language the citizen chose or clearly wrote in: the ticket's, and remembered on their contact; otherwise their contact's */
  language?: Language;
  categoryId?: string;
  /** chosen by hand: wins over routing rules */
  departmentId?: string;
  /** the channel's fallback when no rule or category decides (a mailbox's department) */
  defaultDepartmentId?: string;
  location?: { latitude?: number; longitude?: number; address?: string };
  attachments?: (StoredFile & { contentId?: string })[];
  /** files the channel announced but that are fetched later (a recording, MMS photos): remembered with the message */
  pendingMedia?: PendingMedia[];
  tags?: string[];
  mailboxId?: string;
  /** the agent who recorded a phone call or counter visit */
  recordedBy?: string;
  /** join this ticket (a reply found by threading) instead of opening a new one */
  ticketId?: string;
  acknowledge?: boolean;
  /** whether a follow-up reopens a resolved or waiting ticket (an out-of-office reply should not) */
  reopen?: boolean;
  /** what the agent should know about this message, on the timeline (a damaged email) */
  events?: { type: TicketEventType; data?: Prisma.InputJsonObject }[];
  /** the resolution target in the department's business minutes, instead of the SLA policy's (a document type's) */
  resolutionTargetMinutes?: number;
  /** written in the intake's transaction once a new ticket exists (a document request's own row) */
  withTicket?: (tx: Tx, ticket: Ticket) => Promise<void>;
  /** how the acknowledgement is sent: its sending address and threading headers (email) */
  acknowledgement?: { from?: string; headers?: EmailHeaders };
}

/** A file at the provider, fetched by a job once the ticket exists (see src/channels/twilio/mediaJobs.ts). */
export interface PendingMedia {
  /** the provider's id for the file: the same file announced twice is fetched once */
  sourceId: string;
  kind: 'recording' | 'media';
  /** the provider's REST path for it */
  resource: string;
  filename: string;
}

export type IntakeOutcome = 'created' | 'joined' | 'duplicate';

export interface IntakeResult {
  ticket: Ticket;
  outcome: IntakeOutcome;
  created: boolean;
  /** a fresh tracking link, for a new ticket or a repeated submission */
  trackingToken?: string;
}

/**
 * The one way a citizen's contact enters Voordeur, whatever the channel: the contact, the ticket (or
 * the ticket it answers), the message, attachments, timeline and acknowledgement are written in one
 * transaction. A repeated externalId returns the ticket it already made, so retries never double a contact.
 */
export async function intake(input: IntakeInput): Promise<IntakeResult> {
  const result = await retryOnConflict(() => db().$transaction((tx) => intakeTx(tx, input)));
  if (result.outcome !== 'duplicate')
    await ticketChanged(result.outcome === 'created' ? 'created' : 'message', result.ticket, {
      direction: 'inbound',
    });
  await dispatchOutbox(result.outbox);
  return {
    ticket: result.ticket,
    outcome: result.outcome,
    created: result.outcome === 'created',
    trackingToken: result.trackingToken,
  };
}

interface TxResult {
  ticket: Ticket;
  outcome: IntakeOutcome;
  trackingToken?: string;
  outbox: string[];
}

async function intakeTx(tx: Tx, input: IntakeInput): Promise<TxResult> {
  if (input.externalId) {
    const existing = await tx.message.findUnique({
      where: { channel_externalId: { channel: input.channel, externalId: input.externalId } },
      include: { ticket: true, authorContact: { include: { identities: true } } },
    });
    if (existing) {
      const ids = existing.authorContact?.identities.map((i) => i.value) ?? [];
      const sameSender = [input.contact.email, input.contact.phone, input.contact.channelIdentity?.value].some(
        (v) => v && ids.includes(v),
      );
      if (!sameSender)
        throw new ConflictError(
          'This id was already used for a message from someone else (for a form: send a new submission key).',
          { submissionKey: 'already used' },
        );
      return {
        ticket: existing.ticket,
        outcome: 'duplicate',
        trackingToken: await issueTrackingToken(tx, existing.ticketId),
        outbox: [],
      };
    }
  }
  let contact = await resolveContact(tx, input.contact);
  if (input.ticketId) return joinTicket(tx, input, input.ticketId, contact?.id);

  const language = replyLanguage(input.language ?? contact?.language ?? input.contact.language);
  // the language they use now wins over the one they used before: an English mail is answered in English
  if (input.language && contact && contact.language !== language)
    contact = await tx.contact.update({ where: { id: contact.id }, data: { language } });
  const createdAt = new Date();
  const routing = await decideRouting(tx, {
    facts: {
      channel: input.channel,
      categoryId: input.categoryId ?? null,
      subject: input.subject,
      body: input.body,
      senderEmail: input.contact.email ?? null,
      senderPhone: input.contact.phone ?? null,
      language,
      latitude: input.location?.latitude ?? null,
      longitude: input.location?.longitude ?? null,
      receivedAt: createdAt,
    },
    departmentId: input.departmentId,
    defaultDepartmentId: input.defaultDepartmentId,
  });
  const autoAssigned =
    !routing.assigneeId && routing.departmentId ? await autoAssign(tx, routing.departmentId) : undefined;
  const ticket = await tx.ticket.create({
    data: {
      reference: newReference(),
      subject: input.subject,
      channel: input.channel,
      language,
      contactId: contact?.id,
      categoryId: routing.categoryId,
      departmentId: routing.departmentId,
      assigneeId: routing.assigneeId ?? autoAssigned?.assigneeId,
      priority: routing.priority,
      routedByRuleId: routing.rule?.id,
      mailboxId: input.mailboxId,
      tags: [...new Set([...(input.tags ?? []), ...routing.tags])],
      latitude: input.location?.latitude,
      longitude: input.location?.longitude,
      address: input.location?.address,
      createdAt,
      ...(await initialSla(
        tx,
        createdAt,
        routing.departmentId,
        routing.categoryId,
        routing.priority,
        input.resolutionTargetMinutes,
      )),
    },
  });
  await input.withTicket?.(tx, ticket);
  const messageId = await addMessage(tx, ticket.id, input, contact?.id);
  await recordEvent(tx, ticket.id, 'created', input.recordedBy, {
    channel: input.channel,
    departmentId: ticket.departmentId,
    categoryId: ticket.categoryId,
  });
  for (const e of input.events ?? []) await recordEvent(tx, ticket.id, e.type, null, { ...e.data, messageId });
  if (routing.rule) {
    await recordEvent(tx, ticket.id, 'routed', null, {
      ruleId: routing.rule.id,
      ruleName: routing.rule.name,
      departmentId: ticket.departmentId,
      categoryId: ticket.categoryId,
      priority: ticket.priority,
      assigneeId: routing.assigneeId ?? null,
    });
  }
  if (autoAssigned) await recordEvent(tx, ticket.id, 'auto_assigned', null, { ...autoAssigned });
  const trackingToken = await issueTrackingToken(tx, ticket.id);
  const outbox: string[] = [];
  const acknowledge = input.acknowledge !== false && routing.acknowledgement !== 'none';
  const reach = acknowledge
    ? await decideReach(tx, 'acknowledgement', {
        emails: input.contact.email ? [input.contact.email] : [],
        phones: input.contact.phone ? [input.contact.phone] : [],
        others: input.contact.channelIdentity
          ? { [input.contact.channelIdentity.kind]: [input.contact.channelIdentity.value] }
          : {},
        origin: input.channel,
        language,
      })
    : undefined;
  const tracking = trackingUrl(trackingToken);
  // one way to say "received" per kind of channel: an email, or the short text (the channel's sender may carry it as
  // an approved template instead, outside a chat app's customer-service window)
  const acknowledgement = (channel: NotificationChannel, recipient: string): OutboxEntry => {
    const messaging = channelRegistry.messaging(channel);
    if (messaging.format === 'short')
      // a citizen who gave only a mobile number (or whose address bounces), or who chats with us, is told by text
      return {
        channel,
        template: `ticket_received${messaging.templateSuffix}`,
        language,
        recipient,
        content: smsTicketReceived(language, { reference: ticket.reference, trackingUrl: tracking }),
        ticketId: ticket.id,
        messageId,
      };
    return {
      channel,
      template: routing.acknowledgement === 'report' ? 'report_received' : 'ticket_received',
      language,
      recipient,
      content: (routing.acknowledgement === 'report' ? reportReceived : ticketReceived)(language, {
        name: contact?.name,
        reference: ticket.reference,
        subject: ticket.subject,
        trackingUrl: tracking,
      }),
      ticketId: ticket.id,
      messageId,
      from: input.acknowledgement?.from,
      // RFC 3834: an acknowledgement is an automatic reply, so other responders do not answer it
      headers: { ...input.acknowledgement?.headers, autoSubmitted: 'auto-replied' },
    };
  };
  for (const route of reach?.reachable ? reach.routes : [])
    outbox.push(await addToOutbox(tx, acknowledgement(route.channel, route.recipient)));
  return { ticket, outcome: 'created', trackingToken, outbox };
}

async function addMessage(
  tx: Tx,
  ticketId: string,
  input: IntakeInput,
  contactId: string | undefined,
): Promise<string> {
  const message = await tx.message.create({
    data: {
      ticketId,
      direction: 'inbound',
      channel: input.channel,
      authorContactId: contactId,
      authorUserId: input.recordedBy,
      bodyText: input.body,
      bodyHtml: input.bodyHtml,
      displayText: input.displayText,
      meta: input.meta ?? {},
      externalId: input.externalId,
    },
  });
  if (input.attachments?.length) {
    await tx.attachment.createMany({ data: input.attachments.map((a) => ({ ...a, ticketId, messageId: message.id })) });
  }
  if (input.pendingMedia?.length) {
    await tx.channelMedia.createMany({
      data: input.pendingMedia.map((m) => ({ ...m, channel: input.channel, ticketId, messageId: message.id })),
      skipDuplicates: true,
    });
  }
  return message.id;
}

const REOPENS: Ticket['status'][] = ['pending_citizen', 'resolved', 'closed'];

/** A citizen's follow-up lands on the ticket it answers (or the one that ticket was merged into) and reopens it. */
async function joinTicket(
  tx: Tx,
  input: IntakeInput,
  ticketId: string,
  contactId: string | undefined,
): Promise<TxResult> {
  let ticket = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId } });
  for (let hops = 0; ticket.mergedIntoId && hops < 10; hops++)
    ticket = await tx.ticket.findUniqueOrThrow({ where: { id: ticket.mergedIntoId } });
  const messageId = await addMessage(tx, ticket.id, input, contactId);
  await recordEvent(tx, ticket.id, 'message_received', null, { channel: input.channel, messageId });
  for (const e of input.events ?? []) await recordEvent(tx, ticket.id, e.type, null, { ...e.data, messageId });
  if (input.reopen !== false && REOPENS.includes(ticket.status)) {
    const from = ticket.status;
    ticket = await tx.ticket.update({
      where: { id: ticket.id },
      data: { status: 'open', resolvedAt: null, closedAt: null },
    });
    await recordEvent(tx, ticket.id, 'status_changed', null, { from, to: 'open', reason: 'citizen replied' });
  }
  if (input.tags?.length) {
    ticket = await tx.ticket.update({
      where: { id: ticket.id },
      data: { tags: [...new Set([...ticket.tags, ...input.tags])] },
    });
  }
  return { ticket, outcome: 'joined', outbox: [] };
}
