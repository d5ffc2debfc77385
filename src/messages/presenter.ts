import type { Attachment, ChannelMedia, Message } from '../generated/prisma/client';

type MessageRow = Message & {
  attachments?: Attachment[];
  media?: Pick<ChannelMedia, 'id' | 'kind' | 'filename' | 'status' | 'transcriptionStatus'>[];
  notifications?: { status: string; lastError: string | null; sentAt: Date | null }[];
  authorUser?: { name: string } | null;
  authorContact?: { name: string | null } | null;
};

export function presentAttachment(a: Attachment) {
  return {
    id: a.id,
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
    sha256: a.sha256,
    inline: Boolean(a.contentId),
    url: `/api/admin/attachments/${a.id}/download`,
  };
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
    displayText: m.displayText ?? m.bodyText,
    meta: m.meta,
    externalId: m.externalId,
    // what became of the email or SMS that carried an outbound message: pending, sent or failed (e.g. bounced)
    delivery: m.notifications?.[0]
      ? { status: m.notifications[0].status, error: m.notifications[0].lastError, sentAt: m.notifications[0].sentAt }
      : null,
    createdAt: m.createdAt,
    attachments: (m.attachments ?? []).map(presentAttachment),
    // files the channel announced that are still being fetched (or could not be), and transcriptions under way
    media: (m.media ?? [])
      .filter((f) => f.status === 'pending' || f.status === 'failed' || f.transcriptionStatus === 'pending')
      .map((f) => ({
        id: f.id,
        kind: f.kind,
        filename: f.filename,
        status: f.status,
        transcriptionStatus: f.transcriptionStatus,
      })),
  };
}
