import type { ParsedMail } from 'mailparser';

export type EmailKind = 'person' | 'auto_reply' | 'bulk' | 'bounce';
export interface BounceInfo {
  originalMessageId?: string;
  recipient?: string;
  diagnostic?: string;
  permanent: boolean;
}
export interface Classification {
  kind: EmailKind;
  reason: string;
  bounce?: BounceInfo;
}

const DAEMON_SENDER = /^(mailer-daemon|postmaster)@/i;
const BOUNCE_SUBJECT =
  /^(undelivered mail returned to sender|delivery status notification \((failure|delay)\)|mail delivery failed|undeliverable|undelivered mail|returned mail|failure notice|delivery failure|onbestelbaar|niet te bezorgen|non remis|unzustellbar)(?!\w)/i;
// The label Outlook, Exchange and others put before the original subject of an absence reply.
const AUTO_REPLY_SUBJECT =
  /^(automatisch antwoord|afwezig|out of (the )?office|automatic reply|auto[- ]?reply|réponse automatique|absence( du bureau)?|abwesenheitsnotiz|automatische antwort)\s*([:：]|$)/i;
const MENTIONS_ABSENCE =
  /out of (the )?office|afwezig|absent|abwesen|automati\w* (reply|antwoord|antwort)|réponse automatique/i;
const BULK_PRECEDENCE = /^(bulk|junk|list)$/i;
const RETURNED_HEADERS = ['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers'];
const DELIVERY_STATUS = ['message/delivery-status', 'message/global-delivery-status'];
const STATUS_CODE = /\b([245])\.\d{1,3}\.\d{1,3}\b/;
const MESSAGE_ID_LINE = /^message-id\s*:\s*(\S+)\s*$/im;

/** A header's value as sent, unfolded: mailparser turns some headers (List-*, Content-Type) into objects. */
function header(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name)?.line;
  return line === undefined
    ? undefined
    : line
        .slice(line.indexOf(':') + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim();
}

function reportType(mail: ParsedMail): string | undefined {
  const contentType = header(mail, 'content-type') ?? '';
  if (!/^multipart\/report\s*;/i.test(contentType)) return undefined;
  return /;\s*report-type\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1].toLowerCase();
}

/** "Name: value" lines with folded continuation lines joined, as in the head of a message or a DSN group. */
function fields(block: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const field = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (field && !found.has(field[1].toLowerCase())) found.set(field[1].toLowerCase(), field[2].trim());
  }
  return found;
}

function asMessageId(value: string | undefined): string | undefined {
  const id = value?.trim().replace(/^<|>$/g, '');
  return id && /^[^<>\s]+@[^<>\s]+$/.test(id) ? `<${id}>` : undefined;
}

const withoutType = (value: string) => value.replace(/^[\w-]+\s*;\s*/, '');

function isPermanent(action: string | undefined, status: string | undefined): boolean {
  if (action) return action.toLowerCase() === 'failed';
  return STATUS_CODE.exec(status ?? '')?.[1] !== '4';
}

/**
 * The facts of a delivery status report (RFC 3464). mailparser adds the message/delivery-status
 * part to the text unless it was asked to keep it as an attachment, so both places are read.
 */
function deliveryReport(mail: ParsedMail): BounceInfo {
  const report =
    mail.attachments.find((a) => DELIVERY_STATUS.includes(a.contentType))?.content.toString('utf8') ?? mail.text ?? '';
  const groups = report.split(/\r?\n[ \t]*\r?\n/).map(fields);
  const recipients = groups.filter((group) => group.has('final-recipient') || group.has('action'));
  const failed =
    recipients.find((group) => group.get('action')?.toLowerCase() === 'failed') ??
    recipients[0] ??
    new Map<string, string>();
  const returned = mail.attachments.find((a) => RETURNED_HEADERS.includes(a.contentType))?.content.toString('utf8');
  const recipient = failed.get('original-recipient') ?? failed.get('final-recipient');
  const diagnostic = failed.get('diagnostic-code') ?? failed.get('status');
  return {
    originalMessageId:
      asMessageId(returned && fields(returned.split(/\r?\n\r?\n/)[0]).get('message-id')) ??
      asMessageId(groups.find((group) => group.has('x-original-message-id'))?.get('x-original-message-id')) ??
      asMessageId(MESSAGE_ID_LINE.exec(mail.text ?? '')?.[1]),
    recipient: recipient ? withoutType(recipient).replace(/^<|>$/g, '').toLowerCase() : undefined,
    diagnostic: diagnostic ? withoutType(diagnostic).replace(/\s+/g, ' ') : undefined,
    permanent: isPermanent(failed.get('action'), failed.get('status')),
  };
}

/** A bounce in plain text, as older servers send them: only the text and X-Failed-Recipients tell. */
function plainBounce(mail: ParsedMail): BounceInfo {
  const text = mail.text ?? '';
  const diagnostic = text
    .split(/\r?\n/)
    .find((line) => STATUS_CODE.test(line))
    ?.trim();
  const failedRecipient = header(mail, 'x-failed-recipients')?.split(',')[0].trim().toLowerCase();
  return {
    originalMessageId: asMessageId(MESSAGE_ID_LINE.exec(text)?.[1]),
    recipient: failedRecipient || undefined,
    diagnostic,
    permanent: !/\bdelay/i.test(mail.subject ?? '') && isPermanent(undefined, diagnostic),
  };
}

function bounce(mail: ParsedMail): Classification | undefined {
  if (reportType(mail) === 'delivery-status')
    return { kind: 'bounce', reason: 'delivery status report', bounce: deliveryReport(mail) };
  const sender = mail.from?.value[0]?.address ?? '';
  if (DAEMON_SENDER.test(sender) && BOUNCE_SUBJECT.test(mail.subject ?? '')) {
    return { kind: 'bounce', reason: `bounce from ${sender.split('@')[0]}`, bounce: plainBounce(mail) };
  }
  return undefined;
}

function autoReplyReason(mail: ParsedMail): string | undefined {
  const autoSubmitted = header(mail, 'auto-submitted')?.split(';')[0].trim();
  if (autoSubmitted && autoSubmitted.toLowerCase() !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  if (header(mail, 'x-autoreply') !== undefined) return 'X-Autoreply header';
  if (header(mail, 'x-autorespond') !== undefined) return 'X-Autorespond header';
  if (header(mail, 'precedence')?.toLowerCase() === 'auto_reply') return 'Precedence: auto_reply';
  if (reportType(mail) === 'disposition-notification') return 'read receipt';
  const subject = (mail.subject ?? '').trim();
  if (AUTO_REPLY_SUBJECT.test(subject)) return 'auto-reply subject';
  // Exchange sets X-Auto-Response-Suppress on its absence replies, but also on meeting
  // invitations and on mail from many business systems: alone it says nothing.
  if (header(mail, 'x-auto-response-suppress') !== undefined && MENTIONS_ABSENCE.test(subject)) {
    return 'X-Auto-Response-Suppress with an absence subject';
  }
  return undefined;
}

function bulkReason(mail: ParsedMail): string | undefined {
  const precedence = header(mail, 'precedence');
  if (precedence && BULK_PRECEDENCE.test(precedence)) return `Precedence: ${precedence.toLowerCase()}`;
  if (header(mail, 'list-id') !== undefined) return 'List-Id header';
  if (header(mail, 'list-unsubscribe') !== undefined) return 'List-Unsubscribe header';
  if (header(mail, 'feedback-id') !== undefined) return 'Feedback-ID header';
  return undefined;
}

/**
 * Whether a person wrote this mail, or a machine: a bounce, an automatic reply or bulk mail.
 * Machines get no acknowledgement, so two systems never answer each other forever.
 */
export function classifyEmail(mail: ParsedMail): Classification {
  const bounced = bounce(mail);
  if (bounced) return bounced;
  const autoReply = autoReplyReason(mail);
  if (autoReply) return { kind: 'auto_reply', reason: autoReply };
  const bulk = bulkReason(mail);
  if (bulk) return { kind: 'bulk', reason: bulk };
  return { kind: 'person', reason: 'no sign of automatic mail' };
}
