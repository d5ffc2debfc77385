import type { Principal } from '../auth/principal';
import { db, type Tx } from '../db';
import type { Priority, TicketStatus } from '../generated/prisma/enums';
import type { Prisma } from '../generated/prisma/client';
import { ValidationError } from '../shared/errors';
import { recordEvent, type TicketEventType } from './events';
import { ticketFor } from './access';
import { refreshSla } from '../routing/sla';
import { queueStatusUpdate } from '../notifications/statusUpdates';
import { ticketChanged } from '../shared/ticketChanges';
import { staleVersion, VersionMismatch } from '../shared/versions';
import { presentOneTicket } from './presenter';
import { lastTicketChange } from './lastChange';

export interface TicketChanges {
  status?: TicketStatus;
  priority?: Priority;
  categoryId?: string | null;
  departmentId?: string | null;
  assigneeId?: string | null;
  subject?: string;
  tags?: string[];
  /** labels added to and removed from the ticket's own (a bulk change keeps each ticket's other labels) */
  addTags?: string[];
  removeTags?: string[];
  reason?: string;
}

/** The time stamps that follow from a status: resolving and closing are remembered, reopening forgets them. */
export function statusTimestamps(to: TicketStatus, now = new Date()): Prisma.TicketUncheckedUpdateInput {
  switch (to) {
    case 'resolved':
      return { resolvedAt: now, closedAt: null };
    case 'closed':
      return { closedAt: now };
    default:
      return { resolvedAt: null, closedAt: null };
  }
}

async function checkReferences(tx: Tx, c: TicketChanges): Promise<void> {
  const errors: Record<string, string> = {};
  if (c.categoryId && !(await tx.category.findUnique({ where: { id: c.categoryId } })))
    errors.categoryId = 'No such category.';
  if (c.departmentId && !(await tx.department.findUnique({ where: { id: c.departmentId } })))
    errors.departmentId = 'No such department.';
  if (c.assigneeId) {
    const u = await tx.user.findUnique({ where: { id: c.assigneeId } });
    if (!u || !u.active) errors.assigneeId = 'No such active user.';
  }
  if (Object.keys(errors).length) throw new ValidationError('Some of the chosen values do not exist.', errors);
}

const EVENT: Record<Exclude<keyof TicketChanges, 'reason' | 'addTags' | 'removeTags'>, TicketEventType> = {
  status: 'status_changed',
  priority: 'priority_changed',
  categoryId: 'category_changed',
  departmentId: 'department_changed',
  assigneeId: 'assigned',
  subject: 'subject_changed',
  tags: 'tags_changed',
};

/** The labels after adding and removing some, in the ticket's own order. */
function withTags(current: string[], c: TicketChanges): string[] | undefined {
  if (!c.addTags?.length && !c.removeTags?.length) return c.tags;
  const removed = new Set(c.removeTags ?? []);
  return [...new Set([...(c.tags ?? current), ...(c.addTags ?? [])])].filter((t) => !removed.has(t));
}

/** The 409 for a write against an older version: who changed the ticket last, and the ticket as it is now. */
export async function staleTicket(user: Principal, id: string) {
  const [current, change] = await Promise.all([ticketFor(user, id).then(presentOneTicket), lastTicketChange(id)]);
  return staleVersion('dit ticket', change, current);
}

/**
 * Applies an agent's changes made against `version` of the ticket and writes one timeline event per field that
 * really changed; a status change the citizen should hear about goes to the outbox with it. The write is one
 * compare-and-set (UPDATE … WHERE id AND version): if a colleague changed the ticket since, nothing is changed
 * and the answer is a 409 naming them.
 */
export async function updateTicket(user: Principal, id: string, input: TicketChanges, version: number) {
  let updated;
  let before: { assigneeId: string | null; departmentId: string | null } | undefined;
  try {
    updated = await db().$transaction(async (tx) => {
      const ticket = await ticketFor(user, id, tx);
      before = ticket;
      if (ticket.version !== version) throw new VersionMismatch(id);
      const changes: TicketChanges = { ...input, tags: withTags(ticket.tags, input) };
      await checkReferences(tx, changes);
      const data: Prisma.TicketUncheckedUpdateInput = {};
      const deferred: (() => Promise<string | undefined>)[] = [];
      for (const key of Object.keys(EVENT) as (keyof typeof EVENT)[]) {
        const to = changes[key];
        if (to === undefined) continue;
        const from = ticket[key];
        if (JSON.stringify(from) === JSON.stringify(to)) continue;
        Object.assign(data, { [key]: to });
        if (key === 'status') Object.assign(data, statusTimestamps(to as TicketStatus));
        if (key === 'status') deferred.push(() => queueStatusUpdate(tx, id, from as TicketStatus, to as TicketStatus));
        const extra = key === 'departmentId' && changes.reason ? { reason: changes.reason } : {};
        await recordEvent(tx, id, EVENT[key], user.id, {
          from: from as Prisma.InputJsonValue,
          to: to as Prisma.InputJsonValue,
          ...extra,
        });
      }
      if (Object.keys(data).length === 0) return ticket;
      // the version trigger counts this write up; a count of 0 means someone else wrote first
      const { count } = await tx.ticket.updateMany({ where: { id, version }, data });
      if (count === 0) throw new VersionMismatch(id);
      const updated = await tx.ticket.findUniqueOrThrow({ where: { id }, include: { contact: true } });
      // the update names the department as it is after this change
      // a status update waits STATUS_UPDATE_DELAY_SECONDS on its row (sendAfter); the outbox relay sends it then
      for (const write of deferred) await write();
      if (!['departmentId', 'categoryId', 'priority'].some((k) => k in data)) return updated;
      // new deadlines follow from a new department, category or priority
      await refreshSla(tx, updated);
      return tx.ticket.findUniqueOrThrow({ where: { id }, include: { contact: true } });
    });
  } catch (err) {
    if (err instanceof VersionMismatch) throw await staleTicket(user, id);
    throw err;
  }
  if (updated !== before)
    await ticketChanged(updated.assigneeId !== before!.assigneeId ? 'assigned' : 'updated', updated, {
      previousDepartmentId: before!.departmentId,
    });
  return updated;
}
