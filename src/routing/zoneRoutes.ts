import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import type { Zone } from '../generated/prisma/client';
import { ZoneGeometry } from './zones';
import { zones } from './zoneService';

const present = (z: Zone) => ({
  id: z.id,
  name: z.name,
  geometry: z.geometry,
  createdAt: z.createdAt,
  updatedAt: z.updatedAt,
});
const Body = z.object({ name: z.string().trim().min(2).max(100), geometry: ZoneGeometry });
const Filter = z.strictObject({ id: oneOrMany(z.uuid()).optional(), q: z.string().max(100).optional() });

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
      await sendList(
        res,
        'zones',
        query.range,
        (page) => zones.list(where, [orderOf(query.sort, ['name', 'asc']), { id: 'asc' }], page),
        () => zones.count(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/zones/:id',
    tag: 'routing',
    summary: 'One zone.',
    access: ['admin', 'agent'],
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await zones.find(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/zones',
    tag: 'routing',
    summary: 'Add a zone: a name and a GeoJSON Polygon, MultiPolygon, or a Feature(Collection) holding one.',
    access: ['admin'],
    body: Body,
    handler: async (_req, _res, { body }) => present(await zones.create(body.name, body.geometry as object)),
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/zones/:id',
    tag: 'routing',
    summary: 'Rename a zone or replace its shape.',
    access: ['admin'],
    params: IdParam,
    body: Body.partial(),
    handler: async (_req, _res, { params, body }) =>
      present(await zones.update(params.id, { name: body.name, geometry: body.geometry as object | undefined })),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/zones/:id',
    tag: 'routing',
    summary: 'Delete a zone.',
    access: ['admin'],
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await zones.remove(params.id)),
  }),
];
