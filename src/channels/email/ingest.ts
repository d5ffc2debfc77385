import type { ParsedMail } from 'mailparser';
import type { Mailbox } from '../../generated/prisma/client';
import { db } from '../../db';
import { config } from '../../config';
import { intake, type IntakeOutcome } from '../../intake/intake';
import { mailDomain } from '../../notifications/messageIds';
import { classifyEmail } from './classify';
import { cleanSubject } from './subject';
import { foldQuotedText } from './quote';
import { sanitizeEmailHtml } from './sanitize';
import { detectEnglish } from './language';
import { readEmail, type ReadEmail } from './parse';
import { findThread } from './thread';
import { storeEmailAttachments } from './attachments';
import { senderFor } from '../../notifications/emailThread';
import { recordBounce } from './bounce';

export type EmailOutcome = { status: IntakeOutcome | 'own_mail' | 'bounce'; ticketId?: string };

/** Mail we sent ourselves (copied into a mailbox, or bounced back whole) is never ingested again. */
function isOwnMail(read: ReadEmail, mailbox: Pick<Mailbox, 'address' | 'fromAddress'> | null): boolean {
  if (read.mail.headers.has('x-voordeur-notification')) return true;
  const ours = [mailbox?.address, mailbox?.fromAddress, /<([^>]+)>/.exec(config().MAIL_FROM)?.[1] ?? config().MAIL_FROM]
    .filter((a): a is string => Boolean(a))
    .map((a) => a.toLowerCase());
  return ours.includes(read.from.address) && read.messageId.toLowerCase().endsWith(`@${mailDomain().toLowerCase()}>`);
}

async function acknowledgementsAllowed(address: string): Promise<boolean> {
  const limit = config().EMAIL_ACK_LIMIT_PER_HOUR;
  const recent = await db().notification.count({ where: { recipient: address, template: 'ticket_received', createdAt: { gt: new Date(Date.now() - 3600_000) } } });
  return recent < limit;
}

function headerSummary(mail: ParsedMail) {
  const list = (v: ParsedMail['to']) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((a) => a.value.map((x) => x.address ?? '')).filter(Boolean);
  return { to: list(mail.to), cc: list(mail.cc), date: mail.date?.toISOString() ?? null };
}

/**
 * One email into the one intake: threads it, stores its attachments, sanitizes its HTML, folds its
 * quoted history, and decides whether it deserves an acknowledgement. Throws UnusableEmail when it
 * cannot become a ticket; the caller keeps it in quarantine.
 */
export async function processEmail(raw: Buffer, mailbox: Mailbox | null): Promise<EmailOutcome> {
  const read = await readEmail(raw);
  if (isOwnMail(read, mailbox)) return { status: 'own_mail' };
  const { mail } = read;
  const classification = classifyEmail(mail);
  const bouncedTicket = classification.kind === 'bounce' ? await recordBounce(classification.bounce) : undefined;

  const threadId = bouncedTicket ?? (await findThread(db(), read.referenced, read.subject));
  const { stored, skipped } = await storeEmailAttachments(mail.attachments);
  const cidUrl = (cid: string) => {
    const a = stored.find((s) => s.contentId === cid);
    return a ? `/api/admin/attachments/${a.id}/download` : undefined;
  };
  const text = (mail.text ?? '').trim() || (typeof mail.html === 'string' ? htmlToPlain(mail.html) : '');
  const displayText = foldQuotedText(text);
  const language = detectEnglish(displayText) ? 'en' : 'nl';
  const person = classification.kind === 'person';
  const acknowledge = person && !threadId && (await acknowledgementsAllowed(read.from.address));
  const subject = cleanSubject(read.subject) || (language === 'en' ? '(no subject)' : '(geen onderwerp)');

  const result = await intake({
    channel: 'email',
    externalId: read.messageId,
    contact: { name: read.from.name, email: read.from.address, language },
    subject,
    body: text || '(leeg bericht)',
    bodyHtml: typeof mail.html === 'string' ? sanitizeEmailHtml(mail.html, cidUrl) : undefined,
    displayText,
    meta: {
      email: {
        from: read.from.address,
        fromName: read.from.name ?? null,
        subject: read.subject,
        messageId: read.messageId,
        referenced: read.referenced,
        ...headerSummary(mail),
        mailboxId: mailbox?.id ?? null,
      },
      kind: classification.kind,
      classification: classification.reason,
      ...(skipped.length ? { skippedAttachments: skipped.map((s) => ({ ...s })) } : {}),
    },
    attachments: stored,
    tags: person ? [] : [classification.kind.replace('_', '-')],
    mailboxId: mailbox?.id,
    defaultDepartmentId: mailbox?.defaultDepartmentId ?? undefined,
    ticketId: threadId,
    acknowledge,
    reopen: classification.kind === 'person' || classification.kind === 'bounce',
    acknowledgement: { from: senderFor(mailbox), headers: { inReplyTo: read.messageId, references: [...read.referenced, read.messageId].slice(-20) } },
  });
  return { status: classification.kind === 'bounce' && result.outcome !== 'duplicate' ? 'bounce' : result.outcome, ticketId: result.ticket.id };
}

function htmlToPlain(html: string): string {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

