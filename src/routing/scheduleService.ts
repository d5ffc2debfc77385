import { db } from '../db';
import type { Closure, Prisma } from '../generated/prisma/client';
import { NotFoundError } from '../shared/errors';
import { checkDepartment } from '../departments/service';
import { forgetCalendars } from './schedule';
import { forgetRoutingSet } from './routingSet';

/**
 * Opening hours and closure days, of the municipality (departmentId null) or of one department. Every write
 * forgets the cached calendars (and the routing set, which reads the hours) so the next ticket sees it.
 */
export interface WeekBlock {
  weekday: number;
  opens: string;
  closes: string;
}
export interface ClosureDays {
  departmentId: string | null;
  /** YYYY-MM-DD */
  startDate: string;
  endDate: string;
  reason: string;
}

export const hoursOf = async (departmentId: string | null): Promise<WeekBlock[]> =>
  (await db().openingHours.findMany({ where: { departmentId }, orderBy: [{ weekday: 'asc' }, { opens: 'asc' }] })).map(
    (h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes }),
  );

export const closuresOf = (departmentId: string | null) =>
  db().closure.findMany({ where: { departmentId }, orderBy: { startDate: 'asc' } });

export async function replaceHours(departmentId: string | null, hours: WeekBlock[]): Promise<void> {
  await db().$transaction([
    db().openingHours.deleteMany({ where: { departmentId } }),
    db().openingHours.createMany({ data: hours.map((h) => ({ ...h, departmentId })) }),
  ]);
  forgetCalendars();
  forgetRoutingSet();
}

export const listClosures = (
  where: Prisma.ClosureWhereInput,
  orderBy: Prisma.ClosureOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().closure.findMany({ where, orderBy, ...page });

export const countClosures = (where: Prisma.ClosureWhereInput) => db().closure.count({ where });

export async function findClosure(id: string): Promise<Closure> {
  const c = await db().closure.findUnique({ where: { id } });
  if (!c) throw new NotFoundError('No such closure.');
  return c;
}

const asDates = (c: ClosureDays) => ({
  ...c,
  startDate: new Date(`${c.startDate}T00:00:00Z`),
  endDate: new Date(`${c.endDate}T00:00:00Z`),
});

export async function createClosure(c: ClosureDays): Promise<Closure> {
  await checkDepartment(c.departmentId);
  const created = await db().closure.create({ data: asDates(c) });
  forgetCalendars();
  return created;
}

export async function updateClosure(id: string, c: ClosureDays): Promise<Closure> {
  await findClosure(id);
  const updated = await db().closure.update({ where: { id }, data: asDates(c) });
  forgetCalendars();
  return updated;
}

/** Removes a closure and answers it as it was. */
export async function removeClosure(id: string): Promise<Closure> {
  const c = await findClosure(id);
  await db().closure.delete({ where: { id } });
  forgetCalendars();
  return c;
}
