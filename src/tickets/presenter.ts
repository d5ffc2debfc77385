import type { Ticket } from '../generated/prisma/client';
import { db } from '../db';
import { cachedCalendarFor } from '../routing/schedule';
import { slaView } from '../routing/sla';

export type TicketWithContact = Ticket & {
  contact?: { name: string | null } | null;
  department?: { name: string } | null;
  category?: { nameNl: string; nameEn: string } | null;
  assignee?: { name: string } | null;
};

/**
 * What a list row loads besides the ticket: the names the list shows, so department, category and assignee are
 * in the same response (and the same render) as the rows instead of three reference look-ups a moment later.
 */
export const ticketListInclude = {
  contact: { select: { name: true } },
  department: { select: { name: true } },
  category: { select: { nameNl: true, nameEn: true } },
  assignee: { select: { name: true } },
} as const;

/** The names of a list row; undefined (left out of the JSON) where the relation was not loaded. */
const loadedName = <T>(relation: T | null | undefined, name: (r: T) => string) =>
  relation === undefined ? undefined : relation === null ? null : name(relation);

/** Tickets as the console sees them, with the business time left on their SLA deadlines. */
export async function presentTickets(rows: TicketWithContact[]) {
  const calendars = new Map(
    await Promise.all(
      [...new Set(rows.map((t) => t.departmentId))].map(async (d) => [d, await cachedCalendarFor(d)] as const),
    ),
  );
  // the kind of ticket: an e-loket document request has its own part on the ticket page
  const documentRequests = new Set(
    rows.length
      ? (
          await db().documentRequest.findMany({
            where: { ticketId: { in: rows.map((t) => t.id) } },
            select: { ticketId: true },
          })
        ).map((r) => r.ticketId)
      : [],
  );
  const now = new Date();
  return rows.map((t) => ({
    ...presentTicket(t),
    kind: documentRequests.has(t.id) ? ('document_request' as const) : ('contact' as const),
    sla: slaView(t, calendars.get(t.departmentId)!, now),
  }));
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
    departmentName: loadedName(t.department, (d) => d.name),
    categoryId: t.categoryId,
    categoryNameNl: loadedName(t.category, (c) => c.nameNl),
    categoryNameEn: loadedName(t.category, (c) => c.nameEn),
    assigneeId: t.assigneeId,
    assigneeName: loadedName(t.assignee, (u) => u.name),
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
