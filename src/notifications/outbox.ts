import { notify, type Tx } from '../db';
import { logger } from '../logger';
import type { Language, NotificationChannel } from '../generated/prisma/enums';
import type { Rendered } from './templates';

/** Email threading: how a mail program files our message into the citizen's conversation. */
export interface EmailHeaders {
  inReplyTo?: string;
  references?: string[];
  /** RFC 3834 Auto-Submitted value for automatic messages (acknowledgements) */
  autoSubmitted?: string;
  /** a status update: the status it announces, so the sender can drop it when the case moved on */
  announces?: string;
  /** a calendar invitation sent with the mail (appointments) */
  ics?: { method: 'PUBLISH' | 'CANCEL' | 'REQUEST'; content: string };
  /** small images shown in the mail by cid: (the QR code of an appointment), base64 */
  inline?: { cid: string; filename: string; contentType: string; base64: string }[];
}

export interface OutboxEntry {
  channel: NotificationChannel;
  template: string;
  language: Language;
  recipient: string;
  content: Rendered;
  ticketId?: string;
  messageId?: string;
  /** sending address when not MAIL_FROM */
  from?: string;
  headers?: EmailHeaders;
  /** not sent before this moment */
  sendAfter?: Date;
}

/** The channel the outbox relays LISTEN on (src/notifications/relay.ts). */
export const OUTBOX_CHANNEL = 'outbox';

/** after a write, how long before the relays are told: the writer's transaction commits meanwhile */
const SIGNAL_AFTER_MS = 10;
let signalling: NodeJS.Timeout | undefined;

/**
 * Tells the outbox relays that rows were written, just after the writer's commit and outside its transaction: a
 * NOTIFY inside it would make PostgreSQL serialize its commit with every other notifying commit. Signals within a
 * few milliseconds are sent as one. A row whose transaction commits later than the signal is found by the relays'
 * timer (OUTBOX_SWEEP_INTERVAL_MS), so a lost signal delays a message, never loses it.
 */
export function signalOutbox(): void {
  if (signalling) return;
  signalling = setTimeout(() => {
    signalling = undefined;
    notify(OUTBOX_CHANNEL).catch((err: unknown) =>
      logger.warn({ err }, 'outbox: could not signal the relays; their timer will find the new rows'),
    );
  }, SIGNAL_AFTER_MS);
  signalling.unref();
}

/**
 * Writes the message to the outbox inside the caller's transaction; nothing is sent until that commits, and the relays
 * are told just after (signalOutbox): the caller has nothing more to do.
 */
export async function addToOutbox(tx: Tx, entry: OutboxEntry): Promise<string> {
  signalOutbox();
  const row = await tx.notification.create({
    data: {
      channel: entry.channel,
      template: entry.template,
      language: entry.language,
      recipient: entry.recipient,
      subject: entry.content.subject,
      bodyText: entry.content.text,
      bodyHtml: entry.content.html,
      ticketId: entry.ticketId,
      messageId: entry.messageId,
      fromAddress: entry.from,
      headers: { ...entry.headers },
      sendAfter: entry.sendAfter,
    },
  });
  return row.id;
}

/** The same message as a notification row by its columns, for a caller that writes rows in one statement (intake). */
export function outboxRow(entry: OutboxEntry, id: string): Record<string, unknown> {
  return {
    id,
    channel: entry.channel,
    template: entry.template,
    language: entry.language,
    recipient: entry.recipient,
    subject: entry.content.subject,
    body_text: entry.content.text,
    body_html: entry.content.html,
    ticket_id: entry.ticketId,
    message_id: entry.messageId,
    from_address: entry.from,
    headers: { ...entry.headers },
    send_after: entry.sendAfter,
  };
}
