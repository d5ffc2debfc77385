import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../../http/list';
import { db, type Tx } from '../../db';
import type { DeskHours, Prisma } from '../../generated/prisma/client';
import type { HoursKind } from '../../generated/prisma/enums';
import { NotFoundError, ValidationError } from '../../shared/errors';
import { HHMM, Kind, READ, TAG, WRITE, Weekday, checkDesk, checkLocation, weekdayName } from './common';
import { locations } from '../locations';

/**
 * Weekly hours on the Brussels wall clock. A row without deskId is the location's, for all its desks; a desk with rows
 * of its own uses only those. Blocks of one kind may not overlap on one weekday for the same desk (or the location).
 */
const present = (h: DeskHours) => ({
  id: h.id,
  locationId: h.locationId,
  deskId: h.deskId,
  weekday: h.weekday,
  opens: h.opens,
  closes: h.closes,
  kind: h.kind,
});

interface Block {
  deskId: string | null;
  weekday: number;
  opens: string;
  closes: string;
  kind: HoursKind;
}

const CLOSES_AFTER_OPENS = 'A block must close after it opens.';
const closesAfterOpens = (b: { opens: string; closes: string }) => b.closes > b.opens;

const RowFields = z.object({
  locationId: z.uuid('A location id is a UUID.'),
  /** empty: the location's hours, for all its desks */
  deskId: z.uuid('A desk id is a UUID.').nullable().optional(),
  weekday: Weekday,
  opens: HHMM,
  closes: HHMM,
  kind: Kind.optional(),
});
const Row = RowFields.refine(closesAfterOpens, { message: CLOSES_AFTER_OPENS, path: ['closes'] });
const RowPatch = RowFields.partial();

const kindLabel = (kind: HoursKind) => (kind === 'walk_in' ? 'walk-in' : 'appointment');

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

const overlapMessage = (a: Block, b: Block) =>
  `${kindLabel(a.kind)[0].toUpperCase()}${kindLabel(a.kind).slice(1)} hours overlap on ${weekdayName(a.weekday)}: ${a.opens}–${a.closes} and ${b.opens}–${b.closes}${a.deskId ? ' at this desk' : ''}.`;

const Week = z
  .object({
    hours: z
      .array(
        z
          .object({
            deskId: z.uuid('A desk id is a UUID.').nullable().optional(),
            weekday: Weekday,
            opens: HHMM,
            closes: HHMM,
            kind: Kind.default('appointments'),
          })
          .refine(closesAfterOpens, { message: CLOSES_AFTER_OPENS, path: ['closes'] }),
      )
      .max(500, 'At most 500 blocks.'),
  })
  .superRefine((w, ctx) => {
    const clash = firstOverlap(w.hours.map((h) => ({ ...h, deskId: h.deskId ?? null })));
    if (clash) ctx.addIssue({ code: 'custom', path: ['hours'], message: overlapMessage(...clash) });
  });

async function find(id: string) {
  const h = await db().deskHours.findUnique({ where: { id } });
  if (!h) throw new NotFoundError('No such opening hours.');
  return h;
}

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

const hoursOf = async (locationId: string) => ({
  locationId,
  hours: (
    await db().deskHours.findMany({
      where: { locationId },
      orderBy: [{ deskId: { sort: 'asc', nulls: 'first' } }, { kind: 'asc' }, { weekday: 'asc' }, { opens: 'asc' }],
    })
  ).map(present),
});

const Filter = z.strictObject({
  id: oneOrMany(z.uuid()).optional(),
  locationId: z.uuid().optional(),
  /** null: the location's own rows, for all its desks */
  deskId: z.uuid().nullable().optional(),
  kind: Kind.optional(),
  weekday: Weekday.optional(),
});

export const deskHoursRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/desk-hours',
    tag: TAG,
    summary:
      'List weekly hours (Brussels wall clock) of locations (deskId null) and desks; a desk with rows of its own uses only those.',
    access: READ,
    query: listQuery(Filter, ['weekday', 'opens', 'kind', 'locationId', 'deskId']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where: Prisma.DeskHoursWhereInput = {
        id: inOrEq(f.id),
        locationId: f.locationId,
        deskId: f.deskId,
        kind: f.kind,
        weekday: f.weekday,
      };
      await sendList(
        res,
        'desk-hours',
        query.range,
        (page) =>
          db().deskHours.findMany({
            where,
            orderBy: [orderOf(query.sort, ['weekday', 'asc']), { weekday: 'asc' }, { opens: 'asc' }, { id: 'asc' }],
            ...page,
          }),
        () => db().deskHours.count({ where }),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/desk-hours/:id',
    tag: TAG,
    summary: 'One block of weekly hours.',
    access: READ,
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await find(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/desk-hours',
    tag: TAG,
    summary:
      "Add a block of weekly hours to a location (deskId empty) or to one of its desks; '24:00' closes at midnight.",
    access: WRITE,
    body: Row,
    handler: async (_req, _res, { body }) => {
      const row = {
        locationId: body.locationId,
        deskId: body.deskId ?? null,
        weekday: body.weekday,
        opens: body.opens,
        closes: body.closes,
        kind: body.kind ?? 'appointments',
      };
      await checkPlace(row.locationId, row.deskId);
      return present(await saveRow(undefined, row));
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/desk-hours/:id',
    tag: TAG,
    summary: 'Change a block of weekly hours.',
    access: WRITE,
    params: IdParam,
    body: RowPatch,
    handler: async (_req, _res, { params, body }) => {
      const current = await find(params.id);
      const row = {
        locationId: body.locationId ?? current.locationId,
        deskId: body.deskId === undefined ? current.deskId : body.deskId,
        weekday: body.weekday ?? current.weekday,
        opens: body.opens ?? current.opens,
        closes: body.closes ?? current.closes,
        kind: body.kind ?? current.kind,
      };
      if (!closesAfterOpens(row)) throw new ValidationError(CLOSES_AFTER_OPENS, { closes: CLOSES_AFTER_OPENS });
      await checkPlace(row.locationId, row.deskId);
      return present(await saveRow(params.id, row));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/desk-hours/:id',
    tag: TAG,
    summary: 'Remove a block of weekly hours.',
    access: WRITE,
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      const h = await find(params.id);
      await db().deskHours.delete({ where: { id: params.id } });
      return present(h);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/locations/:id/hours',
    tag: TAG,
    summary: "All weekly hours of a location: its own (deskId null) and its desks'.",
    access: READ,
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      await locations.find(params.id);
      return hoursOf(params.id);
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/locations/:id/hours',
    tag: TAG,
    summary:
      "Replace all weekly hours of a location, its desks' included, in one go: {hours:[{deskId?, weekday, opens, closes, kind}]}.",
    access: WRITE,
    params: IdParam,
    body: Week,
    handler: async (_req, _res, { params, body }) => {
      await locations.find(params.id);
      const deskIds = [...new Set(body.hours.map((h) => h.deskId).filter((d): d is string => !!d))];
      const desks = new Map(
        (await db().desk.findMany({ where: { id: { in: deskIds } }, select: { id: true, locationId: true } })).map(
          (d) => [d.id, d.locationId],
        ),
      );
      const errors: Record<string, string> = {};
      body.hours.forEach((h, i) => {
        if (!h.deskId) return;
        const at = desks.get(h.deskId);
        if (at === undefined) errors[`hours.${i}.deskId`] = 'No such desk.';
        else if (at !== params.id) errors[`hours.${i}.deskId`] = 'This desk is at another location.';
      });
      if (Object.keys(errors).length) {
        throw new ValidationError(`Invalid request body. Please correct: ${Object.keys(errors).join(', ')}.`, errors);
      }
      await db().$transaction(async (tx) => {
        await lockLocation(tx, params.id);
        await tx.deskHours.deleteMany({ where: { locationId: params.id } });
        await tx.deskHours.createMany({
          data: body.hours.map((h) => ({
            locationId: params.id,
            deskId: h.deskId ?? null,
            weekday: h.weekday,
            opens: h.opens,
            closes: h.closes,
            kind: h.kind,
          })),
        });
      });
      return hoursOf(params.id);
    },
  }),
];
