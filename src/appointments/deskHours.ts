import { db, type Tx } from '../db';
import type { DeskHours, Prisma } from '../generated/prisma/client';
import type { HoursKind } from '../generated/prisma/enums';
import { NotFoundError, ValidationError } from '../shared/errors';
import { checkDesk, checkLocation } from './setupChecks';
import { locations } from './locations';

/**
 * Weekly hours on the Brussels wall clock. A row without deskId is the location's, for all its desks; a desk with rows
 * of its own uses only those. Blocks of one kind may not overlap on one weekday for the same desk (or the location).
 */
export interface Block {
  deskId: string | null;
  weekday: number;
  opens: string;
  closes: string;
  kind: HoursKind;
}

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const weekdayName = (weekday: number) => `${WEEKDAYS[weekday] ?? '?'} (weekday ${weekday})`;
const kindLabel = (kind: HoursKind) => (kind === 'walk_in' ? 'walk-in' : 'appointment');

export const CLOSES_AFTER_OPENS = 'A block must close after it opens.';
export const closesAfterOpens = (b: { opens: string; closes: string }) => b.closes > b.opens;

/** The first two blocks that overlap (touching is fine: 08:00–12:00 and 12:00–16:00), or undefined. */
export function firstOverlap<B extends Block>(blocks: readonly B[]): [B, B] | undefined {
  const sorted = [...blocks].sort(
    (a, b) =>
      (a.deskId ?? '').localeCompare(b.deskId ?? '') ||
      a.kind.localeCompare(b.kind) ||
      a.weekday - b.weekday ||
      a.opens.localeCompare(b.opens),
  );
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (a.deskId === b.deskId && a.kind === b.kind && a.weekday === b.weekday && b.opens < a.closes) return [a, b];
  }
  return undefined;
}

export const overlapMessage = (a: Block, b: Block) =>
  `${kindLabel(a.kind)[0].toUpperCase()}${kindLabel(a.kind).slice(1)} hours overlap on ${weekdayName(a.weekday)}: ${a.opens}–${a.closes} and ${b.opens}–${b.closes}${a.deskId ? ' at this desk' : ''}.`;

export async function findHours(id: string): Promise<DeskHours> {
  const h = await db().deskHours.findUnique({ where: { id } });
  if (!h) throw new NotFoundError('No such opening hours.');
  return h;
}

export const listHours = (
  where: Prisma.DeskHoursWhereInput,
  orderBy: Prisma.DeskHoursOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().deskHours.findMany({ where, orderBy, ...page });

export const countHours = (where: Prisma.DeskHoursWhereInput) => db().deskHours.count({ where });

/** The location exists and the desk, if any, is one of its desks. */
async function checkPlace(locationId: string, deskId: string | null, deskField = 'deskId') {
  await checkLocation(locationId);
  const desk = await checkDesk(deskId, deskField);
  if (desk && desk.locationId !== locationId)
    throw new ValidationError('This desk is at another location.', {
      [deskField]: 'This desk is at another location.',
    });
}

/** One writer per location at a time, so two blocks saved together cannot overlap unseen. */
const lockLocation = (tx: Tx, locationId: string) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`voordeur-desk-hours:${locationId}`}))`;

async function saveRow(id: string | undefined, row: Block & { locationId: string }) {
  await checkPlace(row.locationId, row.deskId);
  return db().$transaction(async (tx) => {
    await lockLocation(tx, row.locationId);
    const others = await tx.deskHours.findMany({
      where: {
        locationId: row.locationId,
        deskId: row.deskId,
        kind: row.kind,
        weekday: row.weekday,
        ...(id ? { id: { not: id } } : {}),
      },
    });
    const clash = firstOverlap([...others, row]);
    if (clash) {
      const message = overlapMessage(...clash);
      throw new ValidationError(message, { opens: message });
    }
    return id ? tx.deskHours.update({ where: { id }, data: row }) : tx.deskHours.create({ data: row });
  });
}

/** Adds a block to a location (deskId null) or to one of its desks. */
export const addHours = (row: Block & { locationId: string }) => saveRow(undefined, row);

/** Changes a block: the fields not given stay. */
export async function changeHours(id: string, body: Partial<Block & { locationId: string }>) {
  const current = await findHours(id);
  const row = {
    locationId: body.locationId ?? current.locationId,
    deskId: body.deskId === undefined ? current.deskId : body.deskId,
    weekday: body.weekday ?? current.weekday,
    opens: body.opens ?? current.opens,
    closes: body.closes ?? current.closes,
    kind: body.kind ?? current.kind,
  };
  if (!closesAfterOpens(row)) throw new ValidationError(CLOSES_AFTER_OPENS, { closes: CLOSES_AFTER_OPENS });
  return saveRow(id, row);
}

/** Removes a block and answers it as it was. */
export async function removeHours(id: string): Promise<DeskHours> {
  const h = await findHours(id);
  await db().deskHours.delete({ where: { id } });
  return h;
}

/** All weekly hours of a location: its own (deskId null) first, then its desks'. */
export async function hoursOfLocation(locationId: string): Promise<DeskHours[]> {
  await locations.find(locationId);
  return db().deskHours.findMany({
    where: { locationId },
    orderBy: [{ deskId: { sort: 'asc', nulls: 'first' } }, { kind: 'asc' }, { weekday: 'asc' }, { opens: 'asc' }],
  });
}

/** Replaces all weekly hours of a location, its desks' included, in one go; each desk must be one of its desks. */
export async function replaceLocationHours(locationId: string, hours: Block[]): Promise<DeskHours[]> {
  await locations.find(locationId);
  const deskIds = [...new Set(hours.map((h) => h.deskId).filter((d): d is string => !!d))];
  const desks = new Map(
    (await db().desk.findMany({ where: { id: { in: deskIds } }, select: { id: true, locationId: true } })).map((d) => [
      d.id,
      d.locationId,
    ]),
  );
  const errors: Record<string, string> = {};
  hours.forEach((h, i) => {
    if (!h.deskId) return;
    const at = desks.get(h.deskId);
    if (at === undefined) errors[`hours.${i}.deskId`] = 'No such desk.';
    else if (at !== locationId) errors[`hours.${i}.deskId`] = 'This desk is at another location.';
  });
  if (Object.keys(errors).length) {
    throw new ValidationError(`Invalid request body. Please correct: ${Object.keys(errors).join(', ')}.`, errors);
  }
  await db().$transaction(async (tx) => {
    await lockLocation(tx, locationId);
    await tx.deskHours.deleteMany({ where: { locationId } });
    await tx.deskHours.createMany({
      data: hours.map((h) => ({
        locationId,
        deskId: h.deskId,
        weekday: h.weekday,
        opens: h.opens,
        closes: h.closes,
        kind: h.kind,
      })),
    });
  });
  return hoursOfLocation(locationId);
}
