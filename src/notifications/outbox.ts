import type { Tx } from '../db';
import type { Language, NotificationChannel } from '../generated/prisma/enums';
import { queue, queueConnection, QUEUE } from '../queues';
import { config } from '../config';
import { logger } from '../logger';
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

/** Writes the message to the outbox inside the caller's transaction; nothing is sent until that commits. */
export async function addToOutbox(tx: Tx, entry: OutboxEntry): Promise<string> {
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

export function outboxJobOptions() {
  const c = config();
  return {
    // BullMQ retries with backoff; the row's own attempt count decides when to give up (see deliver.ts).
    attempts: c.OUTBOX_MAX_ATTEMPTS + 5,
    backoff: { type: 'exponential', delay: c.OUTBOX_RETRY_BASE_MS },
    removeOnComplete: true,
    removeOnFail: 1000,
  };
}

/**
 * Hands committed outbox rows to the queue. The job id is the row id, so a row is queued at most
 * once at a time; if Redis is away the sweeper queues it later, so a failure here loses nothing.
 */
let lastWarning = 0;
/** During an outage every request would say the same thing: say it once a minute. */
function warnOncePerMinute(message: string): void {
  if (Date.now() - lastWarning < 60_000) return;
  lastWarning = Date.now();
  logger.warn(message);
}

export async function dispatchOutbox(ids: string[], delayMs = 0): Promise<void> {
  if (ids.length === 0) return;
  const q = queue(QUEUE.outbox);
  if (queueConnection() === 'down')
    return warnOncePerMinute('outbox: Redis not reachable; the sweeper will queue the waiting notifications');
  // BullMQ waits for a connection that is down; a request must not, so it gives up after a moment
  const adding = q.addBulk(
    ids.map((id) => ({ name: 'deliver', data: { id }, opts: { ...outboxJobOptions(), jobId: id, delay: delayMs } })),
  );
  adding.catch(() => undefined);
  const gaveUp = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 2000).unref());
  try {
    if ((await Promise.race([adding, gaveUp])) === 'timeout')
      warnOncePerMinute('outbox: Redis not reachable; the sweeper will queue the waiting notifications');
  } catch (err) {
    logger.warn({ err, ids }, 'outbox: could not queue now; the sweeper will retry');
  }
}
