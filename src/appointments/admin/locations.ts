import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../../http/list';
import { db } from '../../db';
import type { Location, Prisma } from '../../generated/prisma/client';
import { NotFoundError } from '../../shared/errors';
import { READ, TAG, WRITE, insensitive } from './common';

const present = (l: Location) => ({ id: l.id, name: l.name, address: l.address, active: l.active, createdAt: l.createdAt, updatedAt: l.updatedAt });

const Body = z.object({
  name: z.string().trim().min(2, 'Use at least 2 characters.').max(100, 'Use at most 100 characters.'),
  address: z.preprocess((v) => (v === '' ? null : v), z.string().trim().max(300, 'Use at most 300 characters.').nullable().optional()),
  active: z.boolean().optional(),
});
const Filter = z.strictObject({ q: z.string().trim().max(100).optional(), id: oneOrMany(z.uuid()).optional(), active: z.boolean().optional() });

export async function findLocation(id: string) {
  const l = await db().location.findUnique({ where: { id } });
  if (!l) throw new NotFoundError('No such location.');
  return l;
}

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
      await sendList(res, 'locations', query.range, (page) => db().location.findMany({ where, orderBy: [orderOf(query.sort, ['name', 'asc']), { id: 'asc' }], ...page }), () => db().location.count({ where }), present);
    },
  }),
  defineRoute({ method: 'get', path: '/api/admin/locations/:id', tag: TAG, summary: 'One location.', access: READ, params: IdParam, handler: async (_req, _res, { params }) => present(await findLocation(params.id)) }),
  defineRoute({
    method: 'post',
    path: '/api/admin/locations',
    tag: TAG,
    summary: 'Create a location.',
    access: WRITE,
    body: Body,
    handler: async (_req, _res, { body }) => present(await db().location.create({ data: body })),
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
      await findLocation(params.id);
      return present(await db().location.update({ where: { id: params.id }, data: body }));
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
      await findLocation(params.id);
      return present(await db().location.update({ where: { id: params.id }, data: { active: false } }));
    },
  }),
];
