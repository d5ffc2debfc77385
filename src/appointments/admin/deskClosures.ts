import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../../http/list';
import type { DeskClosure, Prisma } from '../../generated/prisma/client';
import { READ, TAG, WRITE } from './common';
import {
  ENDS_AFTER_STARTS,
  countClosures,
  createClosure,
  findClosure,
  listClosures,
  removeClosure,
  updateClosure,
} from '../deskClosures';

/**
 * Closures and staff absences, from one instant to another: no locationId and no deskId closes every location (a
 * town-wide closure), a locationId alone closes that location, a deskId is a staff absence at that desk (its
 * locationId is the desk's).
 */
const present = (c: DeskClosure) => ({
  id: c.id,
  locationId: c.locationId,
  deskId: c.deskId,
  startsAt: c.startsAt,
  endsAt: c.endsAt,
  reason: c.reason,
  createdAt: c.createdAt,
});

const Instant = z.iso
  .datetime({ offset: true, message: 'Use an ISO 8601 date and time with its offset, e.g. 2026-12-24T12:00:00+01:00.' })
  .transform((s) => new Date(s));

const Fields = z.object({
  locationId: z.uuid('A location id is a UUID.').nullable().optional(),
  deskId: z.uuid('A desk id is a UUID.').nullable().optional(),
  startsAt: Instant,
  endsAt: Instant,
  reason: z.string().trim().min(2, 'Give a reason of at least 2 characters.').max(200, 'Use at most 200 characters.'),
});
const Body = Fields.refine((c) => c.endsAt > c.startsAt, { message: ENDS_AFTER_STARTS, path: ['endsAt'] });
const Patch = Fields.partial();

const Filter = z.strictObject({
  id: oneOrMany(z.uuid()).optional(),
  /** null: the closures of every location at once */
  locationId: z.uuid().nullable().optional(),
  /** null: closures only, no staff absences */
  deskId: z.uuid().nullable().optional(),
  /** those overlapping [from, to) */
  from: Instant.optional(),
  to: Instant.optional(),
});

export const deskClosureRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/desk-closures',
    tag: TAG,
    summary:
      'List closures (of a location, or everywhere) and staff absences (at a desk), by start; from/to keeps those overlapping that window.',
    access: READ,
    query: listQuery(Filter, ['startsAt', 'endsAt', 'createdAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where: Prisma.DeskClosureWhereInput = {
        id: inOrEq(f.id),
        locationId: f.locationId,
        deskId: f.deskId,
        ...(f.to ? { startsAt: { lt: f.to } } : {}),
        ...(f.from ? { endsAt: { gt: f.from } } : {}),
      };
      await sendList(
        res,
        'desk-closures',
        query.range,
        (page) =>
          listClosures(where, [orderOf(query.sort, ['startsAt', 'asc']), { startsAt: 'asc' }, { id: 'asc' }], page),
        () => countClosures(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/desk-closures/:id',
    tag: TAG,
    summary: 'One closure or staff absence.',
    access: READ,
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await findClosure(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/desk-closures',
    tag: TAG,
    summary: 'Add a closure (everywhere, or a location) or a staff absence (a desk; its location is filled in).',
    access: WRITE,
    body: Body,
    handler: async (_req, _res, { body }) => {
      return present(await createClosure(body));
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/desk-closures/:id',
    tag: TAG,
    summary: 'Change a closure or staff absence.',
    access: WRITE,
    params: IdParam,
    body: Patch,
    handler: async (_req, _res, { params, body }) => {
      return present(await updateClosure(params.id, body));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/desk-closures/:id',
    tag: TAG,
    summary: 'Remove a closure or staff absence.',
    access: WRITE,
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      return present(await removeClosure(params.id));
    },
  }),
];
