import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../../http/list';
import type { DeskHours, Prisma } from '../../generated/prisma/client';
import { HHMM, Kind, READ, TAG, WRITE, Weekday } from './common';
import {
  CLOSES_AFTER_OPENS,
  addHours,
  changeHours,
  closesAfterOpens,
  countHours,
  findHours,
  firstOverlap,
  hoursOfLocation,
  listHours,
  overlapMessage,
  removeHours,
  replaceLocationHours,
} from '../deskHours';

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

/** A location's week as the console reads and writes it. */
const hoursOf = (locationId: string, hours: DeskHours[]) => ({ locationId, hours: hours.map(present) });

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
          listHours(
            where,
            [orderOf(query.sort, ['weekday', 'asc']), { weekday: 'asc' }, { opens: 'asc' }, { id: 'asc' }],
            page,
          ),
        () => countHours(where),
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
    handler: async (_req, _res, { params }) => present(await findHours(params.id)),
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
      return present(await addHours(row));
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
      return present(await changeHours(params.id, body));
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
      return present(await removeHours(params.id));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/locations/:id/hours',
    tag: TAG,
    summary: "All weekly hours of a location: its own (deskId null) and its desks'.",
    access: READ,
    params: IdParam,
    handler: async (_req, _res, { params }) => hoursOf(params.id, await hoursOfLocation(params.id)),
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
      const hours = body.hours.map((h) => ({ ...h, deskId: h.deskId ?? null }));
      return hoursOf(params.id, await replaceLocationHours(params.id, hours));
    },
  }),
];
