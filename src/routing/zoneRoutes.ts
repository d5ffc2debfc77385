import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import { db } from '../db';
import type { Zone } from '../generated/prisma/client';
import { NotFoundError } from '../shared/errors';
import { ZoneGeometry } from './zones';
import { forgetRoutingSet } from './routingSet';

const present = (z: Zone) => ({ id: z.id, name: z.name, geometry: z.geometry, createdAt: z.createdAt, updatedAt: z.updatedAt });
const Body = z.object({ name: z.string().trim().min(2).max(100), geometry: ZoneGeometry });
const Filter = z.strictObject({ id: oneOrMany(z.uuid()).optional(), q: z.string().max(100).optional() });

async function find(id: string) {
  const zone = await db().zone.findUnique({ where: { id } });
  if (!zone) throw new NotFoundError('No such zone.');
  return zone;
}

/** GeoJSON polygons drawn elsewhere and uploaded; routing rules test report locations against them. */
export const zoneRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/zones',
    tag: 'routing',
    summary: 'Map zones (GeoJSON Polygon or MultiPolygon, WGS84).',
    access: ['admin', 'agent'],
    query: listQuery(Filter, ['name', 'createdAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where = { id: inOrEq(f.id), name: f.q ? { contains: f.q, mode: 'insensitive' as const } : undefined };
      await sendList(res, 'zones', query.range, (page) => db().zone.findMany({ where, orderBy: [orderOf(query.sort, ['name', 'asc']), { id: 'asc' }], ...page }), () => db().zone.count({ where }), present);
    },
  }),
  defineRoute({ method: 'get', path: '/api/admin/zones/:id', tag: 'routing', summary: 'One zone.', access: ['admin', 'agent'], params: IdParam, handler: async (_req, _res, { params }) => present(await find(params.id)) }),
  defineRoute({
    method: 'post',
    path: '/api/admin/zones',
    tag: 'routing',
    summary: 'Add a zone: a name and a GeoJSON Polygon, MultiPolygon, or a Feature(Collection) holding one.',
    access: ['admin'],
    body: Body,
    handler: async (_req, _res, { body }) => {
      const zone = await db().zone.create({ data: { name: body.name, geometry: body.geometry as object } });
      forgetRoutingSet();
      return present(zone);
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/zones/:id',
    tag: 'routing',
    summary: 'Rename a zone or replace its shape.',
    access: ['admin'],
    params: IdParam,
    body: Body.partial(),
    handler: async (_req, _res, { params, body }) => {
      await find(params.id);
      const zone = await db().zone.update({ where: { id: params.id }, data: { name: body.name, geometry: body.geometry as object | undefined } });
      forgetRoutingSet();
      return present(zone);
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/zones/:id',
    tag: 'routing',
    summary: 'Delete a zone.',
    access: ['admin'],
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      const zone = await find(params.id);
      await db().zone.delete({ where: { id: params.id } });
      forgetRoutingSet();
      return present(zone);
    },
  }),
];
