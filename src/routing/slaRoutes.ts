import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import type { SlaPolicy } from '../generated/prisma/client';
import { saveSlaPolicy, slaPolicies } from './slaPolicies';

const present = (p: SlaPolicy) => ({
  id: p.id,
  categoryId: p.categoryId,
  priority: p.priority,
  firstResponseMinutes: p.firstResponseMinutes,
  resolutionMinutes: p.resolutionMinutes,
  warnBeforeMinutes: p.warnBeforeMinutes,
});
const Minutes = z.number().int().min(1).max(525_600);
const Body = z
  .object({
    categoryId: z.uuid().nullable().default(null),
    priority: z.enum(['low', 'normal', 'high', 'urgent']).nullable().default(null),
    firstResponseMinutes: Minutes,
    resolutionMinutes: Minutes,
    warnBeforeMinutes: z.number().int().min(0).max(10_000).default(60),
  })
  .refine((p) => p.resolutionMinutes >= p.firstResponseMinutes, {
    message: 'Resolution cannot be due before the first response.',
    path: ['resolutionMinutes'],
  });
const Filter = z.strictObject({ id: oneOrMany(z.uuid()).optional(), categoryId: z.uuid().optional() });

export const slaRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/sla-policies',
    tag: 'routing',
    summary:
      'Response and resolution targets in business minutes; the most specific (category + priority, category, priority, default) applies.',
    access: 'user',
    query: listQuery(Filter, ['id', 'firstResponseMinutes', 'resolutionMinutes', 'warnBeforeMinutes']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where = { id: inOrEq(f.id), categoryId: f.categoryId };
      await sendList(
        res,
        'sla-policies',
        query.range,
        (page) => slaPolicies.list(where, [orderOf(query.sort, ['firstResponseMinutes', 'asc']), { id: 'asc' }], page),
        () => slaPolicies.count(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/sla-policies/:id',
    tag: 'routing',
    summary: 'One SLA target.',
    access: 'user',
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await slaPolicies.find(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/sla-policies',
    tag: 'routing',
    summary:
      'Add an SLA target; it applies to tickets created from now on and to tickets whose category, priority or department changes.',
    access: ['admin'],
    body: Body,
    handler: async (_req, _res, { body }) => present(await saveSlaPolicy(undefined, body)),
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/sla-policies/:id',
    tag: 'routing',
    summary: 'Change an SLA target.',
    access: ['admin'],
    params: IdParam,
    body: Body,
    handler: async (_req, _res, { params, body }) => present(await saveSlaPolicy(params.id, body)),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/sla-policies/:id',
    tag: 'routing',
    summary: 'Remove an SLA target.',
    access: ['admin'],
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await slaPolicies.remove(params.id)),
  }),
];
