import type { Ticket } from '../generated/prisma/client';
import { cachedCalendarFor } from '../routing/schedule';
import { slaView } from '../routing/sla';

export type TicketWithContact = Ticket & { contact?: { name: string | null } | null };

/** Tickets as the console sees them, with the business time left on their SLA deadlines. */
export async function presentTickets(rows: TicketWithContact[]) {
  const calendars = new Map(await Promise.all([...new Set(rows.map((t) => t.departmentId))].map(async (d) => [d, await cachedCalendarFor(d)] as const)));
  const now = new Date();
  return rows.map((t) => ({ ...presentTicket(t), sla: slaView(t, calendars.get(t.departmentId)!, now) }));
}

export async function presentOneTicket(t: TicketWithContact) {
  return (await presentTickets([t]))[0];
}

function presentTicket(t: TicketWithContact) {
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
    routedByRuleId: t.routedByRuleId,
    legalHold: t.legalHold,
    anonymisedAt: t.anonymisedAt,
    dueAt: t.dueAt,
    firstResponseAt: t.firstResponseAt,
    resolvedAt: t.resolvedAt,
    closedAt: t.closedAt,
    version: t.version,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}
