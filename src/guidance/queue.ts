import { db } from '../db';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';
import type { Prisma, Visit } from '../generated/prisma/client';
import { publishCall } from './display';
import { endAppointmentOf, today } from './lifecycle';

/** Appointments within this many minutes of their time count as due now. */
const DUE_SOON_MINUTES = 5;

/**
 * The order a desk calls visitors in: appointments that are due (in order of their time), then walk-ins (in order of
 * arrival), then appointments of people who came early. A desk only gets visitors for products it serves, and a
 * visitor transferred to one desk only that desk.
 */
const ORDER = `CASE WHEN NOT v.walk_in AND v.due_at <= now() + interval '${DUE_SOON_MINUTES} minutes' THEN 0 WHEN v.walk_in THEN 1 ELSE 2 END, v.due_at, v.checked_in_at`;
const FOR_DESK = `v.location_id = d.location_id AND v.status = 'waiting' AND v.day = $2::date
  AND v.service_id IN (SELECT service_id FROM desk_service WHERE desk_id = d.id)
  AND (v.only_desk_id IS NULL OR v.only_desk_id = d.id)`;

export async function queueFor(deskId: string): Promise<(Visit & { position: number })[]> {
  const rows = await db().$queryRawUnsafe<{ id: string }[]>(
    `SELECT v.id FROM visit v JOIN desk d ON d.id = $1::uuid WHERE ${FOR_DESK} ORDER BY ${ORDER}`,
    deskId,
    today(),
  );
  const visits = await db().visit.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
  return rows.map((r, i) => ({ ...visits.find((v) => v.id === r.id)!, position: i + 1 }));
}

async function deskOf(deskId: string) {
  const desk = await db().desk.findUnique({ where: { id: deskId } });
  if (!desk || !desk.active) throw new NotFoundError('No such desk.');
  return desk;
}

async function announce(visit: Visit, deskName: string) {
  await publishCall(visit.locationId, {
    visitId: visit.id,
    number: visit.number,
    desk: deskName,
    calledAt: visit.calledAt!.toISOString(),
    callCount: visit.callCount,
  });
}

/**
 * Calls the next visitor to a desk. The row is locked with FOR UPDATE SKIP LOCKED, so two desks calling at the same
 * moment never get the same visitor: the second skips the row the first holds and takes the next.
 */
export async function callNext(deskId: string, userId?: string): Promise<Visit | undefined> {
  const desk = await deskOf(deskId);
  const visit = await db().$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT v.id FROM visit v JOIN desk d ON d.id = $1::uuid WHERE ${FOR_DESK} ORDER BY ${ORDER} LIMIT 1 FOR UPDATE OF v SKIP LOCKED`,
      deskId,
      today(),
    );
    if (rows.length === 0) return undefined;
    return tx.visit.update({
      where: { id: rows[0].id },
      data: { status: 'called', deskId, calledAt: new Date(), callCount: 1, servedByUserId: userId, onlyDeskId: null },
    });
  });
  if (visit) await announce(visit, desk.name);
  return visit;
}

async function visitAt(id: string, deskId?: string) {
  const visit = await db().visit.findUnique({ where: { id } });
  if (!visit) throw new NotFoundError('No such visit.');
  if (deskId && visit.deskId !== deskId) throw new ConflictError('This visitor was called by another desk.');
  return visit;
}

/** Calls the same visitor again (they did not come yet). */
export async function recall(id: string): Promise<Visit> {
  const visit = await visitAt(id);
  if (visit.status !== 'called')
    throw new ConflictError('Only a visitor who was called and has not come yet can be called again.');
  const updated = await db().visit.update({
    where: { id },
    data: { callCount: { increment: 1 }, calledAt: new Date() },
  });
  await announce(updated, (await deskOf(updated.deskId!)).name);
  return updated;
}

const moves: Record<'start' | 'finish' | 'no_show' | 'left', { from: Visit['status'][]; to: Visit['status'] }> = {
  start: { from: ['called'], to: 'serving' },
  finish: { from: ['serving', 'called'], to: 'done' },
  no_show: { from: ['called'], to: 'no_show' },
  // a visitor who went away before being called (the reception saw them go): "left", stored as cancelled
  left: { from: ['waiting'], to: 'cancelled' },
};

/** Start serving, finish, mark a no-show or that they left; each moment is kept for the reports, and the appointment follows (ending now). */
export async function advance(id: string, step: keyof typeof moves): Promise<Visit> {
  const visit = await visitAt(id);
  const move = moves[step];
  if (!move.from.includes(visit.status))
    throw new ConflictError(`A visitor who is ${visit.status} cannot go to ${move.to}.`);
  const now = new Date();
  return db().$transaction(async (tx) => {
    const updated = await tx.visit.update({
      where: { id, status: { in: move.from } },
      data: {
        status: move.to,
        ...(step === 'start' ? { servedAt: now } : {}),
        ...(step === 'finish' ? { finishedAt: now, servedAt: visit.servedAt ?? now } : {}),
      },
    });
    await endAppointmentOf(tx, visit, move.to, now);
    return updated;
  });
}

/**
 * Sends a visitor on: to another desk (only that desk will call them) or another product (any desk serving it). They
 * keep their number and their place (their check-in time and due time stay).
 */
export async function transfer(id: string, to: { deskId?: string; serviceId?: string }): Promise<Visit> {
  if (!to.deskId && !to.serviceId)
    throw new ValidationError('Say where to: a desk or a product.', { deskId: 'Choose a desk or a product.' });
  const visit = await visitAt(id);
  if (!['called', 'serving', 'waiting'].includes(visit.status)) throw new ConflictError('This visit is over.');
  const serviceId = to.serviceId ?? visit.serviceId;
  if (to.deskId) {
    const desk = await deskOf(to.deskId);
    if (desk.locationId !== visit.locationId)
      throw new ValidationError('That desk is in another building.', { deskId: 'Another location.' });
    const serves = await db().deskService.findUnique({ where: { deskId_serviceId: { deskId: to.deskId, serviceId } } });
    if (!serves)
      throw new ValidationError('That desk does not serve this product.', { deskId: 'Does not serve the product.' });
  }
  if (to.serviceId && !(await db().service.findUnique({ where: { id: to.serviceId } })))
    throw new ValidationError('No such product.', { serviceId: 'No such product.' });
  return db().visit.update({
    where: { id },
    data: { status: 'waiting', serviceId, onlyDeskId: to.deskId ?? null, deskId: null, calledAt: null, callCount: 0 },
  });
}

/** The calls a screen shows when it (re)connects: the most recent of today, newest first. */
export async function recentCalls(locationId: string, limit = 6) {
  const visits = await db().visit.findMany({
    where: {
      locationId,
      day: new Date(`${today()}T00:00:00Z`),
      calledAt: { not: null },
      status: { in: ['called', 'serving'] },
    },
    orderBy: { calledAt: 'desc' },
    take: limit,
    include: { desk: { select: { name: true } } },
  });
  return visits.map((v) => ({
    visitId: v.id,
    number: v.number,
    desk: v.desk?.name ?? '',
    calledAt: v.calledAt!.toISOString(),
    callCount: v.callCount,
  }));
}

/** Reception's view of the floor: everyone waiting, called or being served, and for how long. */
export async function floor(locationId: string) {
  const visits = await db().visit.findMany({
    where: { locationId, day: new Date(`${today()}T00:00:00Z`), status: { in: ['waiting', 'called', 'serving'] } },
    orderBy: { checkedInAt: 'asc' },
    include: {
      service: { select: { nameNl: true } },
      desk: { select: { name: true } },
      appointment: { select: { startsAt: true, name: true } },
    },
  });
  const now = Date.now();
  return visits.map((v) => ({
    id: v.id,
    number: v.number,
    status: v.status,
    service: v.service.nameNl,
    desk: v.desk?.name ?? null,
    walkIn: v.walkIn,
    appointmentAt: v.appointment?.startsAt ?? null,
    name: v.appointment?.name ?? null,
    checkedInAt: v.checkedInAt,
    waitingMinutes: Math.round(((v.calledAt?.getTime() ?? now) - v.checkedInAt.getTime()) / 60_000),
  }));
}

/**
 * Visits left open from an earlier day (the building closed with people still waiting): waiting ones count as left
 * (cancelled), called ones as not come (no_show), ones being served as done. Their appointments follow.
 */
export async function closeEarlierDays(): Promise<number> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    UPDATE visit SET status = CASE status WHEN 'waiting' THEN 'cancelled' WHEN 'called' THEN 'no_show' ELSE 'done' END::"VisitStatus", updated_at = now()
    WHERE day < ${today()}::date AND status IN ('waiting', 'called', 'serving')
    RETURNING id`;
  if (rows.length) {
    await db().$executeRaw`
      UPDATE appointment a SET status = CASE v.status WHEN 'no_show' THEN 'no_show' WHEN 'done' THEN 'completed' ELSE a.status END::"AppointmentStatus"
      FROM visit v WHERE v.appointment_id = a.id AND v.id = ANY(${rows.map((r) => r.id)}::uuid[]) AND a.status = 'checked_in'`;
  }
  return rows.length;
}

export const listVisits = (
  where: Prisma.VisitWhereInput,
  orderBy: Prisma.VisitOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().visit.findMany({ where, orderBy, ...page });

export const countVisits = (where: Prisma.VisitWhereInput) => db().visit.count({ where });
