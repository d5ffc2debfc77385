import type { Tx } from '../db';
import type { Priority, TicketStatus } from '../generated/prisma/enums';
import type { Prisma, SlaPolicy, Ticket } from '../generated/prisma/client';
import type { BusinessCalendar } from './calendar';
import { cachedCalendarFor } from './schedule';

/** The most specific policy wins: category and priority, then category, then priority, then the default. */
export function pickSlaPolicy(policies: SlaPolicy[], categoryId: string | null, priority: Priority): SlaPolicy | null {
  const score = (p: SlaPolicy) => (p.categoryId ? 2 : 0) + (p.priority ? 1 : 0);
  return (
    policies
      .filter(
        (p) =>
          (p.categoryId === null || p.categoryId === categoryId) && (p.priority === null || p.priority === priority),
      )
      .sort((a, b) => score(b) - score(a))[0] ?? null
  );
}

export async function slaPolicyFor(tx: Tx, categoryId: string | null, priority: Priority): Promise<SlaPolicy | null> {
  const candidates = await tx.slaPolicy.findMany({
    where: {
      OR: [
        { categoryId, priority },
        { categoryId, priority: null },
        { categoryId: null, priority },
        { categoryId: null, priority: null },
      ],
    },
  });
  return pickSlaPolicy(candidates, categoryId, priority);
}

/** Deadlines counted in the department's business time from the moment the ticket came in. */
export function deadlines(calendar: BusinessCalendar, from: Date, policy: SlaPolicy) {
  const firstResponseDueAt = calendar.addBusinessMinutes(from, policy.firstResponseMinutes);
  const dueAt = calendar.addBusinessMinutes(from, policy.resolutionMinutes);
  const warn = (due: Date, total: number) =>
    calendar.subtractBusinessMinutes(due, Math.min(policy.warnBeforeMinutes, total));
  return {
    firstResponseDueAt,
    firstResponseWarnAt: warn(firstResponseDueAt, policy.firstResponseMinutes),
    dueAt,
    resolutionWarnAt: warn(dueAt, policy.resolutionMinutes),
  };
}

/**
 * The deadline fields for a ticket about to be created. A resolution target of its own (a document type's handling
 * time) replaces the policy's resolution time, counted and warned about the same way.
 */
export function slaDeadlines(
  calendar: BusinessCalendar,
  createdAt: Date,
  found: SlaPolicy | null,
  resolutionMinutes?: number,
) {
  if (!found && !resolutionMinutes) return {};
  if (!resolutionMinutes) return deadlines(calendar, createdAt, found!);
  const dueAt = calendar.addBusinessMinutes(createdAt, resolutionMinutes);
  const resolution = {
    dueAt,
    resolutionWarnAt: calendar.subtractBusinessMinutes(
      dueAt,
      Math.min(found?.warnBeforeMinutes ?? 60, resolutionMinutes),
    ),
  };
  if (!found) return resolution;
  const { firstResponseDueAt, firstResponseWarnAt } = deadlines(calendar, createdAt, found);
  return { firstResponseDueAt, firstResponseWarnAt, ...resolution };
}

/** The same, reading the policy and the department's calendar (after a ticket's department, category or priority changed). */
export async function initialSla(
  tx: Tx,
  createdAt: Date,
  departmentId: string | null,
  categoryId: string | null,
  priority: Priority,
  resolutionMinutes?: number,
) {
  const found = await slaPolicyFor(tx, categoryId, priority);
  if (!found && !resolutionMinutes) return {};
  return slaDeadlines(await cachedCalendarFor(departmentId, tx), createdAt, found, resolutionMinutes);
}

/**
 * (Re)sets a ticket's SLA deadlines after it was created or its department, category or priority
 * changed; a deadline that moves may warn and escalate again.
 */
export async function refreshSla(
  tx: Tx,
  ticket: Pick<Ticket, 'id' | 'createdAt' | 'departmentId' | 'categoryId' | 'priority'>,
): Promise<void> {
  // a document request keeps its document type's handling time, whatever department or priority it moves to
  const request = await tx.documentRequest.findUnique({
    where: { ticketId: ticket.id },
    select: { documentType: { select: { targetMinutes: true } } },
  });
  const data: Prisma.TicketUncheckedUpdateInput = {
    firstResponseDueAt: null,
    firstResponseWarnAt: null,
    dueAt: null,
    resolutionWarnAt: null,
    ...(await initialSla(
      tx,
      ticket.createdAt,
      ticket.departmentId,
      ticket.categoryId,
      ticket.priority,
      request?.documentType.targetMinutes ?? undefined,
    )),
  };
  await tx.ticket.update({
    where: { id: ticket.id },
    data: {
      ...data,
      firstResponseWarnedAt: null,
      firstResponseBreachedAt: null,
      resolutionWarnedAt: null,
      resolutionBreachedAt: null,
    },
  });
}

export type SlaState = 'none' | 'ok' | 'warning' | 'breached' | 'met';

const RUNNING: TicketStatus[] = ['new', 'open', 'pending_citizen'];

/** What the console shows: business minutes left on each deadline (negative when late) and one overall state. */
export function slaView(
  t: Pick<
    Ticket,
    | 'status'
    | 'firstResponseAt'
    | 'firstResponseDueAt'
    | 'firstResponseWarnAt'
    | 'dueAt'
    | 'resolutionWarnAt'
    | 'resolvedAt'
  >,
  calendar: BusinessCalendar,
  now = new Date(),
) {
  // a deadline that has passed is late, also when no business minute lay between it and now (after hours): at least 1
  const left = (due: Date | null) =>
    due === null
      ? null
      : due > now
        ? calendar.businessMinutesBetween(now, due)
        : -Math.max(1, Math.abs(calendar.businessMinutesBetween(due, now)));
  const firstResponseOpen = t.firstResponseDueAt && !t.firstResponseAt && RUNNING.includes(t.status);
  const resolutionOpen = t.dueAt && RUNNING.includes(t.status);
  const open = [
    firstResponseOpen ? { due: t.firstResponseDueAt!, warn: t.firstResponseWarnAt } : null,
    resolutionOpen ? { due: t.dueAt!, warn: t.resolutionWarnAt } : null,
  ].filter((x): x is { due: Date; warn: Date | null } => x !== null);
  let state: SlaState;
  if (!t.firstResponseDueAt && !t.dueAt) state = 'none';
  else if (open.length === 0) state = t.dueAt && t.resolvedAt && t.resolvedAt > t.dueAt ? 'breached' : 'met';
  else if (open.some((d) => d.due <= now)) state = 'breached';
  else if (open.some((d) => d.warn && d.warn <= now)) state = 'warning';
  else state = 'ok';
  return {
    firstResponseDueAt: t.firstResponseDueAt,
    resolutionDueAt: t.dueAt,
    firstResponseMinutesLeft: firstResponseOpen ? left(t.firstResponseDueAt) : null,
    resolutionMinutesLeft: resolutionOpen ? left(t.dueAt) : null,
    state,
  };
}
