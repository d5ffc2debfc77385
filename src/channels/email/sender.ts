import type { Notification } from '../../generated/prisma/client';
import type { EmailHeaders } from '../../notifications/outbox';
import { notificationMessageId } from '../../notifications/messageIds';
import type { ChannelSender } from '../../notifications/senders';
import { mailer } from './mailer';

// nodemailer's codes for a server that cannot be reached or broke off the conversation; 421 is "service not available"
const SMTP_OUTAGE_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROTOCOL']);

export const emailSender: ChannelSender = {
  channel: 'email',
  provider: 'mail',
  isOutage(err: unknown): boolean {
    const e = err as { code?: unknown; responseCode?: unknown };
    return (typeof e.code === 'string' && SMTP_OUTAGE_CODES.has(e.code)) || e.responseCode === 421;
  },
  probe: () => mailer().verify(),
  async send(n: Notification): Promise<string> {
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
      ...(headers.inline?.length
        ? {
            attachments: headers.inline.map((a) => ({
              cid: a.cid,
              filename: a.filename,
              contentType: a.contentType,
              content: Buffer.from(a.base64, 'base64'),
            })),
          }
        : {}),
      ...(headers.ics
        ? { icalEvent: { method: headers.ics.method, filename: 'afspraak.ics', content: headers.ics.content } }
        : {}),
      headers: {
        'X-Voordeur-Notification': n.id,
        ...(headers.autoSubmitted
          ? { 'Auto-Submitted': headers.autoSubmitted, 'X-Auto-Response-Suppress': 'All' }
          : {}),
      },
    });
    return info.messageId ?? messageId;
  },
};
