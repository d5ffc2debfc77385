import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import type { Department } from '../generated/prisma/client';
import { checkLead, departments } from './service';
import { EmailField, PhoneField } from '../shared/identities';
import { PhoneTargetField } from './phoneTarget';

const present = (d: Department) => ({
  id: d.id,
  name: d.name,
  email: d.email,
  phone: d.phone,
  active: d.active,
  assignmentStrategy: d.assignmentStrategy,
  maxOpenPerAgent: d.maxOpenPerAgent,
  leadUserId: d.leadUserId,
  phoneTarget: d.phoneTarget,
  signature: d.signature,
  createdAt: d.createdAt,
});
const Filter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: oneOrMany(z.uuid()).optional(),
  active: z.boolean().optional(),
});
const Body = z.object({
  name: z.string().trim().min(2, 'Use at least 2 characters.').max(100),
  email: z.preprocess((v) => (v === '' ? null : v), EmailField.nullable().optional()),
  phone: z.preprocess((v) => (v === '' ? null : v), PhoneField.nullable().optional()),
  active: z.boolean().optional(),
  assignmentStrategy: z.enum(['none', 'round_robin', 'least_loaded']).optional(),
  maxOpenPerAgent: z.number().int().min(1).max(1000).nullable().optional(),
  leadUserId: z.uuid().nullable().optional(),
  /** where the central line puts callers through */
  phoneTarget: z.preprocess((v) => (v === '' ? null : v), PhoneTargetField.nullable().optional()),
  /** lines under the agent's signature in answers on this department's tickets */
  signature: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().max(500).nullable().optional(),
  ),
});

export const departmentRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/departments',
    tag: 'departments',
    summary: 'List departments.',
    access: 'user',
    query: listQuery(Filter, ['name', 'createdAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where = {
        id: inOrEq(f.id),
        active: f.active,
        name: f.q ? { contains: f.q, mode: 'insensitive' as const } : undefined,
      };
      await sendList(
        res,
        'departments',
        query.range,
        (page) => departments.list(where, [orderOf(query.sort, ['name', 'asc']), { id: 'asc' }], page),
        () => departments.count(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/departments/:id',
    tag: 'departments',
    summary: 'One department.',
    access: 'user',
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await departments.find(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/departments',
    tag: 'departments',
    summary: 'Create a department.',
    access: ['admin'],
    body: Body,
    handler: async (_req, _res, { body }) => {
      await checkLead(body.leadUserId);
      return present(await departments.create(body));
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/departments/:id',
    tag: 'departments',
    summary: 'Change a department.',
    access: ['admin'],
    params: IdParam,
    body: Body.partial(),
    handler: async (_req, _res, { params, body }) => {
      await checkLead(body.leadUserId);
      return present(await departments.update(params.id, body));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/departments/:id',
    tag: 'departments',
    summary: 'Deactivate a department (its tickets and history stay).',
    access: ['admin'],
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      return present(await departments.update(params.id, { active: false }));
    },
  }),
];
