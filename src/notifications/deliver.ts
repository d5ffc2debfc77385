import { db } from '../db';
import { config } from '../config';
import type { Notification } from '../generated/prisma/client';
import { mailer, mailDomain } from './mailer';
import type { EmailHeaders } from './outbox';
import { sendSms, SmsSuppressed } from '../channels/sms/send';

export type DeliveryOutcome = 'sent' | 'skipped' | 'retry' | 'failed' | 'suppressed';

/**
 * Claims the row first: only a pending row, or one whose sender died while holding it (lease
 * expired), is sent. A second worker, a retried job or a re-queue by the sweeper finds nothing to
 * claim, so a message that was sent is never sent again.
 */
async function claim(id: string): Promise<Notification | undefined> {
  const leaseExpired = new Date(Date.now() - config().OUTBOX_LEASE_MS);
  const rows = await db().$queryRaw<{ id: string }[]>`
    UPDATE notification SET status = 'sending', locked_at = now(), attempts = attempts + 1
    WHERE id = ${id}::uuid AND (status = 'pending' OR (status = 'sending' AND locked_at < ${leaseExpired}))
    RETURNING id`;
  if (rows.length === 0) return undefined;
  return db().notification.findUniqueOrThrow({ where: { id } });
}

/** Our Message-ID for a notification: stable per row, so a send repeated after a crash is one message to mail programs. */
export function notificationMessageId(id: string): string {
  return `<${id}@${mailDomain()}>`;
}

async function send(n: Notification): Promise<string> {
  if (n.channel === 'sms') return sendSms(n);
  const headers = n.headers as EmailHeaders;
  const messageId = notificationMessageId(n.id);
  const info = await mailer().sendMail({
    ...(n.fromAddress ? { from: n.fromAddress } : {}),
    to: n.recipient,
    subject: n.subject ?? '',
    text: n.bodyText,
    html: n.bodyHtml ?? undefined,
    messageId,
    inReplyTo: headers.inReplyTo,
    references: headers.references,
    headers: {
      'X-Voordeur-Notification': n.id,
      ...(headers.autoSubmitted ? { 'Auto-Submitted': headers.autoSubmitted, 'X-Auto-Response-Suppress': 'All' } : {}),
    },
  });
  return info.messageId ?? messageId;
}

export async function deliverNotification(id: string): Promise<DeliveryOutcome> {
  const n = await claim(id);
  if (!n) return 'skipped';
  try {
    const providerId = await send(n);
    await db().notification.update({ where: { id }, data: { status: 'sent', providerId, sentAt: new Date(), lockedAt: null, lastError: null } });
    return 'sent';
  } catch (err) {
    if (err instanceof SmsSuppressed) {
      await db().notification.update({ where: { id }, data: { status: 'suppressed', lockedAt: null, lastError: err.message } });
      return 'suppressed';
    }
    const final = n.attempts >= config().OUTBOX_MAX_ATTEMPTS;
    await db().notification.update({
      where: { id },
      data: { status: final ? 'failed' : 'pending', lockedAt: null, lastError: String((err as Error).message ?? err).slice(0, 1000) },
    });
    return final ? 'failed' : 'retry';
  }
}

/** Rows that are pending but may have no job (Redis was away, or a worker died holding them). */
export async function findStrandedNotifications(olderThanMs: number, limit = 500): Promise<string[]> {
  const before = new Date(Date.now() - olderThanMs);
  const leaseExpired = new Date(Date.now() - config().OUTBOX_LEASE_MS);
  const rows = await db().notification.findMany({
    where: {
      OR: [
        { status: 'pending', createdAt: { lt: before } },
        { status: 'sending', lockedAt: { lt: leaseExpired } },
      ],
    },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: limit,
  });
  return rows.map((r) => r.id);
}
