import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { createHash } from 'node:crypto';
import { normalizeEmail } from '../../shared/identities';
import { z } from 'zod';

export class UnusableEmail extends Error {
  constructor(
    readonly reason: 'unparseable' | 'no_sender',
    message: string,
  ) {
    super(message);
  }
}

export interface ReadEmail {
  mail: ParsedMail;
  messageId: string;
  /** the Message-IDs it refers to, oldest first (References, then In-Reply-To) */
  referenced: string[];
  from: { address: string; name?: string };
  subject: string;
}

const validEmail = z.email();

function addresses(field: AddressObject | AddressObject[] | undefined) {
  return (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value);
}

function messageIds(value: string | string[] | undefined): string[] {
  const all = (Array.isArray(value) ? value.join(' ') : (value ?? '')).match(/<[^<>\s]+>/g) ?? [];
  return all;
}

/** Turns raw RFC 5322 bytes into what intake needs, or says why it cannot. */
export async function readEmail(raw: Buffer): Promise<ReadEmail> {
  let mail: ParsedMail;
  try {
    // keepCidLinks: inline images stay attachments the HTML points to (not data: URLs in the stored HTML);
    // ignoreEmbedded (untyped option): a returned message stays an attachment, so a bounce keeps its Message-ID
    mail = await simpleParser(raw, {
      skipTextToHtml: true,
      skipTextLinks: true,
      keepCidLinks: true,
      ignoreEmbedded: true,
    } as Parameters<typeof simpleParser>[1]);
  } catch (err) {
    throw new UnusableEmail('unparseable', `MIME could not be parsed: ${(err as Error).message}`);
  }
  if (mail.headers.size === 0 || (!mail.from && !mail.messageId && !mail.subject && !mail.date)) {
    throw new UnusableEmail('unparseable', 'no mail headers found');
  }
  const sender = [...addresses(mail.from), ...addresses(mail.replyTo)].find(
    (a) => a.address && validEmail.safeParse(a.address).success,
  );
  const senderHeader = mail.headers.get('sender') as AddressObject | undefined;
  const fallback = senderHeader
    ? addresses(senderHeader).find((a) => a.address && validEmail.safeParse(a.address).success)
    : undefined;
  const from = sender ?? fallback;
  if (!from?.address) throw new UnusableEmail('no_sender', 'no usable sender address (From, Reply-To or Sender)');
  const ownId = messageIds(mail.messageId)[0];
  // a message without Message-ID still needs a stable id, so its re-delivery is recognised
  const messageId = ownId ?? `<${createHash('sha256').update(raw).digest('hex')}@no-message-id.voordeur>`;
  const references = messageIds(mail.references);
  const inReplyTo = messageIds(mail.inReplyTo);
  const referenced = [...new Set([...references, ...inReplyTo])].filter((id) => id !== messageId);
  return {
    mail,
    messageId,
    referenced,
    from: { address: normalizeEmail(from.address), name: from.name || undefined },
    subject: (mail.subject ?? '').trim(),
  };
}
