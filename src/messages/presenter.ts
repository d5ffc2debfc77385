import type { Attachment, Message } from '../generated/prisma/client';

type MessageRow = Message & {
  attachments?: Attachment[];
  authorUser?: { name: string } | null;
  authorContact?: { name: string | null } | null;
};

export function presentAttachment(a: Attachment) {
  return { id: a.id, filename: a.filename, contentType: a.contentType, size: a.size, sha256: a.sha256, url: `/api/admin/attachments/${a.id}/download` };
}

export function presentMessage(m: MessageRow) {
  return {
    id: m.id,
    ticketId: m.ticketId,
    direction: m.direction,
    channel: m.channel,
    authorUserId: m.authorUserId,
    authorContactId: m.authorContactId,
    authorName: m.authorUser?.name ?? m.authorContact?.name ?? null,
    bodyText: m.bodyText,
    bodyHtml: m.bodyHtml,
    externalId: m.externalId,
    createdAt: m.createdAt,
    attachments: (m.attachments ?? []).map(presentAttachment),
  };
}
