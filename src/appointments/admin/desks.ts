import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../../http/list';
import type { Prisma } from '../../generated/prisma/client';
import { IdList, READ, TAG, WRITE, insensitive } from './common';
import { countDesks, deactivateDesk, findDesk, listDesks, saveDesk, type DeskWithServices } from '../desks';

const present = (d: DeskWithServices) => ({
  id: d.id,
  locationId: d.locationId,
  name: d.name,
  active: d.active,
  serviceIds: d.services.map((s) => s.serviceId),
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
});

const Body = z.object({
  locationId: z.uuid('A location id is a UUID.'),
  name: z.string().trim().min(1, 'Give the desk a name.').max(100, 'Use at most 100 characters.'),
  active: z.boolean().optional(),
  /** the products this desk serves */
  serviceIds: IdList('service').optional(),
});
const Filter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: oneOrMany(z.uuid()).optional(),
  locationId: z.uuid().optional(),
  serviceId: z.uuid().optional(),
  active: z.boolean().optional(),
});

export const deskRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/desks',
    tag: TAG,
    summary: 'List the counters, with the products each serves.',
    access: READ,
    query: listQuery(Filter, ['name', 'locationId', 'active', 'createdAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where: Prisma.DeskWhereInput = {
        id: inOrEq(f.id),
        locationId: f.locationId,
        active: f.active,
        ...(f.serviceId ? { services: { some: { serviceId: f.serviceId } } } : {}),
        ...(f.q ? { name: insensitive(f.q) } : {}),
      };
      await sendList(
        res,
        'desks',
        query.range,
        (page) => listDesks(where, [orderOf(query.sort, ['name', 'asc']), { id: 'asc' }], page),
        () => countDesks(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/desks/:id',
    tag: TAG,
    summary: 'One desk.',
    access: READ,
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await findDesk(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/desks',
    tag: TAG,
    summary: 'Create a desk at a location; serviceIds are the products it serves.',
    access: WRITE,
    body: Body,
    handler: async (_req, _res, { body }) => {
      return present(await saveDesk(undefined, body));
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/desks/:id',
    tag: TAG,
    summary: 'Change a desk; serviceIds, when given, replaces the products it serves.',
    access: WRITE,
    params: IdParam,
    body: Body.partial(),
    handler: async (_req, _res, { params, body }) => {
      return present(await saveDesk(params.id, body));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/desks/:id',
    tag: TAG,
    summary: 'Deactivate a desk (its appointments and history stay).',
    access: WRITE,
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      return present(await deactivateDesk(params.id));
    },
  }),
];
