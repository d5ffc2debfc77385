import type { ParsedMail } from 'mailparser';
import type { Mailbox } from '../../generated/prisma/client';
import { db, sql } from '../../db';
import { config } from '../../config';
import { intake, type IntakeOutcome } from '../../intake/intake';
import { mailDomain } from '../../notifications/messageIds';
import { classifyEmail } from './classify';
import { cleanSubject } from './subject';
import { foldQuotedText } from './quote';
import { sanitizeEmailHtml } from './sanitize';
import { detectLanguage } from './language';
import { replyLanguage } from '../../notifications/replyLanguage';
import { readEmail, type ReadEmail } from './parse';
import { findThread } from './thread';
import { storeEmailAttachments, storeOriginal } from './attachments';
import { readableText } from './damage';
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
  // asked for every new mail: straight through pg (see sql), and counting no further than the limit
  const [{ n }] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM notification
       WHERE recipient = $1 AND template = 'ticket_received' AND created_at > $2 LIMIT $3) recent`,
    [address, new Date(Date.now() - 3600_000), limit],
  );
  return n < limit;
}

function headerSummary(mail: ParsedMail) {
  const list = (v: ParsedMail['to']) =>
    (Array.isArray(v) ? v : v ? [v] : []).flatMap((a) => a.value.map((x) => x.address ?? '')).filter(Boolean);
  return { to: list(mail.to), cc: list(mail.cc), date: mail.date?.toISOString() ?? null };
}

/**
 * One email into the one intake: threads it, stores its attachments, sanitizes its HTML, folds its
 * quoted history, reads the language it is written in, keeps the original of a damaged mail, and decides
 * whether it deserves an acknowledgement. Throws UnusableEmail when it cannot become a ticket; the caller
 * keeps it in quarantine.
 */
export async function processEmail(
  raw: Buffer,
  mailbox: Mailbox | null,
  alreadyRead?: ReadEmail,
): Promise<EmailOutcome> {
  // the mailbox reader parses first, to know which earlier mail a message must wait for
  const read = alreadyRead ?? (await readEmail(raw));
  if (isOwnMail(read, mailbox)) return { status: 'own_mail' };
  const { mail } = read;
  const classification = classifyEmail(mail);
  const parsed = (mail.text ?? '').trim() || (typeof mail.html === 'string' ? htmlToPlain(mail.html) : '');
  const { text, damage } = readableText(raw, mail, parsed);
  const displayText = foldQuotedText(text);
  // the subject counts too: "Broken street light" with a two-word body is still English; the quoted history does
  // not. Scored on its own thread while the mail's thread is found and its attachments stored.
  const language$ = detectLanguage(`${cleanSubject(read.subject)}\n${displayText}`);
  const bouncedTicket = classification.kind === 'bounce' ? await recordBounce(classification.bounce) : undefined;

  const threadId = bouncedTicket ?? (await findThread(db(), read.referenced, read.subject));
  const { stored, skipped } = await storeEmailAttachments(mail.attachments);
  const cidUrl = (cid: string) => {
    const a = stored.find((s) => s.contentId === cid);
    return a ? `/api/admin/attachments/${a.id}/download` : undefined;
  };
  // a mail the parser could not read cleanly keeps its original beside the ticket, and the agent is told
  const original = damage.length ? await storeOriginal(raw) : undefined;
  const writtenIn = await language$;
  const person = classification.kind === 'person';
  // when the text cannot tell (too short, mixed), or a machine wrote it (an out-of-office in English), the
  // language the citizen used before stands
  const language = writtenIn && person ? replyLanguage(writtenIn) : undefined;
  const acknowledge = person && !threadId && (await acknowledgementsAllowed(read.from.address));
  const subject = cleanSubject(read.subject) || (language === 'en' ? '(no subject)' : '(geen onderwerp)');

  const result = await intake({
    channel: 'email',
    externalId: read.messageId,
    contact: { name: read.from.name, email: read.from.address, language },
    language,
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
        writtenIn: writtenIn ?? null,
        ...(damage.length ? { damage } : {}),
      },
      kind: classification.kind,
      classification: classification.reason,
      ...(skipped.length ? { skippedAttachments: skipped.map((s) => ({ ...s })) } : {}),
    },
    attachments: original ? [...stored, original] : stored,
    events: original ? [{ type: 'email_damaged', data: { problems: damage, attachmentId: original.id } }] : undefined,
    tags: person ? [] : [classification.kind.replace('_', '-')],
    mailboxId: mailbox?.id,
    defaultDepartmentId: mailbox?.defaultDepartmentId ?? undefined,
    ticketId: threadId,
    acknowledge,
    reopen: classification.kind === 'person' || classification.kind === 'bounce',
    acknowledgement: {
      from: senderFor(mailbox),
      headers: { inReplyTo: read.messageId, references: [...read.referenced, read.messageId].slice(-20) },
    },
  });
  return {
    status: classification.kind === 'bounce' && result.outcome !== 'duplicate' ? 'bounce' : result.outcome,
    ticketId: result.ticket.id,
  };
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
