import type { Ticket } from '../generated/prisma/client';

export type TicketWithContact = Ticket & { contact?: { name: string | null } | null };

export function presentTicket(t: TicketWithContact) {
  return {
    id: t.id,
    reference: t.reference,
    subject: t.subject,
    status: t.status,
    priority: t.priority,
    channel: t.channel,
    language: t.language,
    contactId: t.contactId,
    contactName: t.contact?.name ?? null,
    departmentId: t.departmentId,
    categoryId: t.categoryId,
    assigneeId: t.assigneeId,
    latitude: t.latitude,
    longitude: t.longitude,
    address: t.address,
    tags: t.tags,
    mergedIntoId: t.mergedIntoId,
    dueAt: t.dueAt,
    firstResponseAt: t.firstResponseAt,
    resolvedAt: t.resolvedAt,
    closedAt: t.closedAt,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}
