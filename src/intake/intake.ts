import { randomUUID } from 'node:crypto';
import { db, sql, type Tx } from '../db';
import type { Channel, Language, NotificationChannel } from '../generated/prisma/enums';
import type { Prisma, Ticket } from '../generated/prisma/client';
import {
  missingIdentities,
  ownerOf,
  resolveContact,
  wantedIdentities,
  type ContactDetails,
  type Identity,
} from '../contacts/resolve';
import { newReference } from '../tickets/reference';
import { issueTrackingToken, trackingUrl } from '../tickets/tracking';
import { recordEvent, type TicketEventType } from '../tickets/events';
import { decideRouting } from '../routing/decide';
import { pickSlaPolicy, slaDeadlines } from '../routing/sla';
import { cachedCalendarFor } from '../routing/schedule';
import { referenceData } from '../routing/referenceData';
import { outboxRow, signalOutbox, type EmailHeaders, type OutboxEntry } from '../notifications/outbox';
import { randomToken, sha256Hex } from '../shared/tokens';
import { insertNewTicket, type Row, type TableRows } from './oneStatement';
import { replyLanguage } from '../notifications/replyLanguage';
import { reportReceived, ticketReceived } from '../notifications/templates';
import { retryOnConflict } from '../shared/retry';
import type { StoredFile } from '../attachments/upload';
import { ConflictError } from '../shared/errors';
import { smsTicketReceived } from '../notifications/smsTemplates';
import { channelRegistry } from '../shared/channelRegistry';
import { decideReach, type KnownIdentities, type Reach } from '../notifications/reach';
import type { IdentityState } from '../shared/channelRegistry';
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
  /** with an id when the message refers to it already (an email's inline images) */
  attachments?: (StoredFile & { id?: string; contentId?: string })[];
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
  /** rows of a channel's own written with a new ticket, in the same statement (a document request) */
  alsoInsert?: (ticketId: string) => TableRows[];
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
  // a unique index that a concurrent intake won (the same submission key, a new citizen's address) runs it again
  const result = await retryOnConflict(() =>
    input.ticketId ? db().$transaction((tx) => followUpTx(tx, input, input.ticketId!)) : openTicket(input),
  );
  if (result.outcome !== 'duplicate')
    await ticketChanged(result.outcome === 'created' ? 'created' : 'message', result.ticket, {
      direction: 'inbound',
    });
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
}

/** A submission key, Message-ID or provider id seen before: the ticket it made, with a fresh tracking link. */
async function repeated(tx: Tx, input: IntakeInput): Promise<TxResult | undefined> {
  if (!input.externalId) return undefined;
  const existing = await tx.message.findUnique({
    where: { channel_externalId: { channel: input.channel, externalId: input.externalId } },
    include: { ticket: true, authorContact: { include: { identities: true } } },
  });
  if (!existing) return undefined;
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
  };
}

/** A follow-up that threading matched to a ticket (a reply mail, the next chat message). */
async function followUpTx(tx: Tx, input: IntakeInput, ticketId: string): Promise<TxResult> {
  const again = await repeated(tx, input);
  if (again) return again;
  const contact = await resolveContact(tx, input.contact);
  return joinTicket(tx, input, ticketId, contact?.id);
}

interface Found {
  /** reference_version: which copy of categories, policies, rules and calendars is current */
  version: string;
  repeated: boolean;
  /** the rows of the identities the input names, with their contact's name and language */
  identities: (Identity & { contactId: string; name: string | null; language: Language } & IdentityState)[];
}

/** One read before the write: was this submission seen, who is the citizen, is the reference data current. */
async function lookUp(input: IntakeInput, wanted: Identity[]): Promise<Found> {
  const [row] = await sql<Found & { version: string }>(
    // a function (migration 20261209100000): planned once per connection, where a prepared statement was planned again
    // for most tickets
    'SELECT version, repeated, identities FROM intake_look_up($1::"Channel", $2::text, $3::text[], $4::text[])',
    [input.channel, input.externalId ?? null, wanted.map((w) => w.kind), wanted.map((w) => w.value)],
  );
  return row;
}

/**
 * A new ticket: one read (lookUp; beside it the reach of the acknowledgement), decisions in memory (routing, SLA,
 * the acknowledgement), then one statement that writes the citizen, ticket, message, timeline, tracking token and
 * outbox (oneStatement.ts). A unique index a concurrent intake won makes the caller run it again.
 */
async function openTicket(input: IntakeInput): Promise<TxResult> {
  const wanted = wantedIdentities(input.contact);
  const found = await lookUp(input, wanted);
  if (found.repeated) {
    const again = await db().$transaction((tx) => repeated(tx, input));
    if (again) return again;
  }
  const reference = await referenceData(found.version);
  const ownerId = ownerOf(found.identities);
  const owner = found.identities.find((i) => i.contactId === ownerId);
  const details = input.contact;
  // the language they use now wins over the one they used before: an English mail is answered in English
  const language = replyLanguage(input.language ?? owner?.language ?? details.language);
  const contactId = wanted.length ? (owner?.contactId ?? randomUUID()) : undefined;
  const contactName = owner ? (owner.name ?? details.name ?? null) : details.name || null;
  const createdAt = new Date();
  const routing = await decideRouting(reference, {
    facts: {
      channel: input.channel,
      categoryId: input.categoryId ?? null,
      subject: input.subject,
      body: input.body,
      senderEmail: details.email ?? null,
      senderPhone: details.phone ?? null,
      language,
      latitude: input.location?.latitude ?? null,
      longitude: input.location?.longitude ?? null,
      receivedAt: createdAt,
    },
    departmentId: input.departmentId,
    defaultDepartmentId: input.defaultDepartmentId,
  });
  const policy = pickSlaPolicy(reference.slaPolicies, routing.categoryId, routing.priority);
  const sla: Partial<Record<'firstResponseDueAt' | 'firstResponseWarnAt' | 'dueAt' | 'resolutionWarnAt', Date>> =
    policy || input.resolutionTargetMinutes
      ? slaDeadlines(await cachedCalendarFor(routing.departmentId), createdAt, policy, input.resolutionTargetMinutes)
      : {};
  const ticketId = randomUUID();
  const messageId = randomUUID();
  const reference_ = newReference();
  const trackingToken = randomToken();
  const tracking = trackingUrl(trackingToken);
  // the timeline in the order things happened, a millisecond apart so it reads in that order
  let eventAt = createdAt.getTime();
  const event = (type: TicketEventType, actor: string | null | undefined, data: Prisma.InputJsonObject): Row => ({
    id: randomUUID(),
    ticket_id: ticketId,
    type,
    actor_user_id: actor ?? null,
    data,
    created_at: new Date(eventAt++),
  });
  const events = [
    event('created', input.recordedBy, {
      channel: input.channel,
      departmentId: routing.departmentId,
      categoryId: routing.categoryId,
    }),
    ...(input.events ?? []).map((e) => event(e.type, null, { ...e.data, messageId })),
    ...(routing.rule
      ? [
          event('routed', null, {
            ruleId: routing.rule.id,
            ruleName: routing.rule.name,
            departmentId: routing.departmentId,
            categoryId: routing.categoryId,
            priority: routing.priority,
            assigneeId: routing.assigneeId ?? null,
          }),
        ]
      : []),
  ];
  const acknowledge = input.acknowledge !== false && routing.acknowledgement !== 'none';
  const reach = acknowledge ? await acknowledgementReach(input, found.identities) : undefined;
  const outbox = (acknowledge && reach?.reachable ? reach.routes : []).map((route) =>
    outboxRow(
      acknowledgement(input, route.channel, route.recipient, {
        language,
        name: contactName,
        reference: reference_,
        subject: input.subject,
        ticketId,
        messageId,
        trackingUrl: tracking,
        kind: routing.acknowledgement,
      }),
      randomUUID(),
    ),
  );
  const ticket = await insertNewTicket({
    newContact: contactId && !owner ? { id: contactId, name: contactName, language, updated_at: createdAt } : undefined,
    contactUpdate:
      owner && ((!owner.name && details.name) || (input.language && owner.language !== language))
        ? {
            id: owner.contactId,
            name: !owner.name && details.name ? details.name : undefined,
            language: input.language && owner.language !== language ? language : undefined,
          }
        : undefined,
    identities: contactId
      ? missingIdentities(wanted, found.identities).map((m) => ({ id: randomUUID(), contact_id: contactId, ...m }))
      : [],
    autoAssign:
      !routing.assigneeId && routing.departmentId
        ? { departmentId: routing.departmentId, eventId: randomUUID(), at: new Date(eventAt++) }
        : undefined,
    ticket: {
      id: ticketId,
      reference: reference_,
      subject: input.subject,
      channel: input.channel,
      language,
      contact_id: contactId,
      category_id: routing.categoryId,
      department_id: routing.departmentId,
      assignee_id: routing.assigneeId,
      priority: routing.priority,
      routed_by_rule_id: routing.rule?.id,
      mailbox_id: input.mailboxId,
      tags: [...new Set([...(input.tags ?? []), ...routing.tags])],
      latitude: input.location?.latitude,
      longitude: input.location?.longitude,
      address: input.location?.address,
      created_at: createdAt,
      updated_at: createdAt,
      first_response_due_at: sla.firstResponseDueAt,
      first_response_warn_at: sla.firstResponseWarnAt,
      due_at: sla.dueAt,
      resolution_warn_at: sla.resolutionWarnAt,
    },
    rest: [
      { table: 'message', rows: [messageRow(input, messageId, ticketId, contactId, createdAt)] },
      {
        table: 'attachment',
        rows: (input.attachments ?? []).map((a) => ({
          id: a.id ?? randomUUID(),
          ticket_id: ticketId,
          message_id: messageId,
          filename: a.filename,
          content_type: a.contentType,
          size: a.size,
          sha256: a.sha256,
          storage_key: a.storageKey,
          content_id: a.contentId,
        })),
      },
      {
        table: 'channel_media',
        skipDuplicates: true,
        rows: (input.pendingMedia ?? []).map((m) => ({
          id: randomUUID(),
          channel: input.channel,
          source_id: m.sourceId,
          kind: m.kind,
          resource: m.resource,
          filename: m.filename,
          ticket_id: ticketId,
          message_id: messageId,
          updated_at: createdAt,
        })),
      },
      { table: 'ticket_event', rows: events },
      {
        table: 'tracking_token',
        rows: [{ id: randomUUID(), ticket_id: ticketId, token_hash: sha256Hex(trackingToken) }],
      },
      { table: 'notification', rows: outbox },
      ...(input.alsoInsert?.(ticketId) ?? []),
    ],
  });
  if (outbox.length) signalOutbox();
  return { ticket, outcome: 'created', trackingToken };
}

/**
 * Where "we received it" can go: the channel the citizen wrote on when it answers, else email, else a text; from the
 * identity rows lookUp read (a bounced address, a STOP), so without a query of its own.
 */
function acknowledgementReach(input: IntakeInput, known: KnownIdentities): Promise<Reach> {
  return decideReach(
    db(),
    'acknowledgement',
    {
      emails: input.contact.email ? [input.contact.email] : [],
      phones: input.contact.phone ? [input.contact.phone] : [],
      others: input.contact.channelIdentity
        ? { [input.contact.channelIdentity.kind]: [input.contact.channelIdentity.value] }
        : {},
      origin: input.channel,
      language: input.language ?? input.contact.language ?? 'nl',
    },
    undefined,
    known,
  );
}

/**
 * One way to say "received" per kind of channel: an email, or the short text (the channel's sender may carry it as an
 * approved template instead, outside a chat app's customer-service window).
 */
function acknowledgement(
  input: IntakeInput,
  channel: NotificationChannel,
  recipient: string,
  about: {
    language: Language;
    name: string | null;
    reference: string;
    subject: string;
    ticketId: string;
    messageId: string;
    trackingUrl: string;
    kind: 'standard' | 'report' | 'none';
  },
): OutboxEntry {
  const { language, ticketId, messageId } = about;
  const messaging = channelRegistry.messaging(channel);
  if (messaging.format === 'short')
    // a citizen who gave only a mobile number (or whose address bounces), or who chats with us, is told by text
    return {
      channel,
      template: `ticket_received${messaging.templateSuffix}`,
      language,
      recipient,
      content: smsTicketReceived(language, { reference: about.reference, trackingUrl: about.trackingUrl }),
      ticketId,
      messageId,
    };
  return {
    channel,
    template: about.kind === 'report' ? 'report_received' : 'ticket_received',
    language,
    recipient,
    content: (about.kind === 'report' ? reportReceived : ticketReceived)(language, {
      name: about.name,
      reference: about.reference,
      subject: about.subject,
      trackingUrl: about.trackingUrl,
    }),
    ticketId,
    messageId,
    from: input.acknowledgement?.from,
    // RFC 3834: an acknowledgement is an automatic reply, so other responders do not answer it
    headers: { ...input.acknowledgement?.headers, autoSubmitted: 'auto-replied' },
  };
}

function messageRow(
  input: IntakeInput,
  id: string,
  ticketId: string,
  contactId: string | undefined,
  createdAt: Date,
): Row {
  return {
    id,
    ticket_id: ticketId,
    direction: 'inbound',
    channel: input.channel,
    author_contact_id: contactId,
    author_user_id: input.recordedBy,
    body_text: input.body,
    body_html: input.bodyHtml,
    display_text: input.displayText,
    meta: input.meta ?? {},
    external_id: input.externalId,
    created_at: createdAt,
  };
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
  return { ticket, outcome: 'joined' };
}
