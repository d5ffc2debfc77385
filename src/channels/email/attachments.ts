import { randomUUID } from 'node:crypto';
import type { Attachment as MailAttachment } from 'mailparser';
import { checkFileType } from '../../attachments/fileType';
import { blobStore } from '../../attachments/storage';
import { config } from '../../config';

export interface EmailAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  contentId?: string;
}

export interface SkippedAttachment {
  filename: string;
  contentType: string;
  size: number;
  reason: string;
}

const MAX_PER_MESSAGE = 20;

/**
 * Stores the attachments the foundation allows (photos and PDFs, recognised by content, within the
 * size limit); the others are listed, not silently dropped, so an agent can ask for them another way.
 * Ids are chosen here so the HTML's cid: references can point at them before they are written.
 */
export async function storeEmailAttachments(
  parts: MailAttachment[],
): Promise<{ stored: EmailAttachment[]; skipped: SkippedAttachment[] }> {
  const stored: EmailAttachment[] = [];
  const skipped: SkippedAttachment[] = [];
  const maxBytes = config().UPLOAD_MAX_FILE_MB * 1024 * 1024;
  for (const part of parts) {
    const filename = (part.filename ?? (part.contentId ? `inline-${stored.length + 1}` : 'bijlage'))
      .replace(/[\\/\p{Cc}]/gu, '_')
      .slice(0, 200);
    const describe = { filename, contentType: part.contentType, size: part.size };
    if (part.contentType === 'message/delivery-status' || part.contentType === 'text/rfc822-headers') continue;
    if (part.size > maxBytes) {
      skipped.push({ ...describe, reason: `larger than ${config().UPLOAD_MAX_FILE_MB} MB` });
      continue;
    }
    const check = checkFileType(filename, part.content);
    if (!check.ok) {
      skipped.push({ ...describe, reason: check.reason });
      continue;
    }
    if (stored.length >= MAX_PER_MESSAGE) {
      skipped.push({ ...describe, reason: `more than ${MAX_PER_MESSAGE} attachments` });
      continue;
    }
    const { key, sha256 } = await blobStore().put(part.content);
    stored.push({
      id: randomUUID(),
      filename,
      contentType: check.mime,
      size: part.content.length,
      sha256,
      storageKey: key,
      contentId: part.contentId?.replace(/^<|>$/g, ''),
    });
  }
  return { stored, skipped };
}

/** A damaged mail's own bytes, kept on its message as a file, so nothing the citizen sent is lost to the parser. */
export async function storeOriginal(raw: Buffer): Promise<EmailAttachment> {
  const { key, sha256 } = await blobStore().put(raw);
  return {
    id: randomUUID(),
    filename: 'origineel-bericht.eml',
    contentType: 'message/rfc822',
    size: raw.length,
    sha256,
    storageKey: key,
  };
}
