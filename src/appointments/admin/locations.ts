import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../../http/list';
import type { Location, Prisma } from '../../generated/prisma/client';
import { locations } from '../locations';
import { READ, TAG, WRITE, insensitive } from './common';

const present = (l: Location) => ({
  id: l.id,
  name: l.name,
  address: l.address,
  active: l.active,
  createdAt: l.createdAt,
  updatedAt: l.updatedAt,
});

const Body = z.object({
  name: z.string().trim().min(2, 'Use at least 2 characters.').max(100, 'Use at most 100 characters.'),
  address: z.preprocess(
    (v) => (v === '' ? null : v),
    z.string().trim().max(300, 'Use at most 300 characters.').nullable().optional(),
  ),
  active: z.boolean().optional(),
});
const Filter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: oneOrMany(z.uuid()).optional(),
  active: z.boolean().optional(),
});

export const locationRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/locations',
    tag: TAG,
    summary: 'List the town halls and service points with counters.',
    access: READ,
    query: listQuery(Filter, ['name', 'active', 'createdAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where: Prisma.LocationWhereInput = {
        id: inOrEq(f.id),
        active: f.active,
        ...(f.q ? { OR: [{ name: insensitive(f.q) }, { address: insensitive(f.q) }] } : {}),
      };
      await sendList(
        res,
        'locations',
        query.range,
        (page) => locations.list(where, [orderOf(query.sort, ['name', 'asc']), { id: 'asc' }], page),
        () => locations.count(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/locations/:id',
    tag: TAG,
    summary: 'One location.',
    access: READ,
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await locations.find(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/locations',
    tag: TAG,
    summary: 'Create a location.',
    access: WRITE,
    body: Body,
    handler: async (_req, _res, { body }) => present(await locations.create(body)),
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/locations/:id',
    tag: TAG,
    summary: 'Change a location.',
    access: WRITE,
    params: IdParam,
    body: Body.partial(),
    handler: async (_req, _res, { params, body }) => {
      return present(await locations.update(params.id, body));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/locations/:id',
    tag: TAG,
    summary: 'Deactivate a location (its desks, hours and appointments stay).',
    access: WRITE,
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      return present(await locations.update(params.id, { active: false }));
    },
  }),
];
