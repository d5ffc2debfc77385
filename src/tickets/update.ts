import type { Principal } from '../auth/principal';
import { db, type Tx } from '../db';
import type { Priority, TicketStatus } from '../generated/prisma/enums';
import type { Prisma } from '../generated/prisma/client';
import { ValidationError } from '../http/errors';
import { recordEvent, type TicketEventType } from './events';
import { ticketFor } from './access';
import { refreshSla } from '../routing/sla';
import { queueStatusUpdate } from '../notifications/statusUpdates';
import { dispatchOutbox } from '../notifications/outbox';
import { config } from '../config';
import { publishTicketEvent } from '../live/events';

export interface TicketChanges {
  status?: TicketStatus;
  priority?: Priority;
  categoryId?: string | null;
  departmentId?: string | null;
  assigneeId?: string | null;
  subject?: string;
  tags?: string[];
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
  if (c.categoryId && !(await tx.category.findUnique({ where: { id: c.categoryId } }))) errors.categoryId = 'No such category.';
  if (c.departmentId && !(await tx.department.findUnique({ where: { id: c.departmentId } }))) errors.departmentId = 'No such department.';
  if (c.assigneeId) {
    const u = await tx.user.findUnique({ where: { id: c.assigneeId } });
    if (!u || !u.active) errors.assigneeId = 'No such active user.';
  }
  if (Object.keys(errors).length) throw new ValidationError('Some of the chosen values do not exist.', errors);
}

const EVENT: Record<Exclude<keyof TicketChanges, 'reason'>, TicketEventType> = {
  status: 'status_changed',
  priority: 'priority_changed',
  categoryId: 'category_changed',
  departmentId: 'department_changed',
  assigneeId: 'assigned',
  subject: 'subject_changed',
  tags: 'tags_changed',
};

/** Applies an agent's changes and writes one timeline event per field that really changed; a status change the citizen should hear about goes to the outbox with it. */
export async function updateTicket(user: Principal, id: string, changes: TicketChanges) {
  const outbox: string[] = [];
  let before: { assigneeId: string | null; departmentId: string | null } | undefined;
  const updated = await db().$transaction(async (tx) => {
    const ticket = await ticketFor(user, id, tx);
    before = ticket;
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
      await recordEvent(tx, id, EVENT[key], user.id, { from: from as Prisma.InputJsonValue, to: to as Prisma.InputJsonValue, ...extra });
    }
    if (Object.keys(data).length === 0) return ticket;
    const updated = await tx.ticket.update({ where: { id }, data, include: { contact: true } });
    // the update names the department as it is after this change
    for (const write of deferred) {
      const notificationId = await write();
      if (notificationId) outbox.push(notificationId);
    }
    if (!['departmentId', 'categoryId', 'priority'].some((k) => k in data)) return updated;
    // new deadlines follow from a new department, category or priority
    await refreshSla(tx, updated);
    return tx.ticket.findUniqueOrThrow({ where: { id }, include: { contact: true } });
  });
  if (updated !== before) await publishTicketEvent(updated.assigneeId !== before!.assigneeId ? 'assigned' : 'updated', updated, { previousDepartmentId: before!.departmentId });
  await dispatchOutbox(outbox, config().STATUS_UPDATE_DELAY_SECONDS * 1000);
  return updated;
}
