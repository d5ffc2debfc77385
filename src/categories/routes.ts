import { z } from 'zod';
import { nameOrCodeSearch } from '../shared/crud';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import type { Category } from '../generated/prisma/client';
import { categories } from './service';
import { checkDepartment } from '../departments/service';

const present = (c: Category) => ({
  id: c.id,
  code: c.code,
  nameNl: c.nameNl,
  nameEn: c.nameEn,
  description: c.description,
  departmentId: c.departmentId,
  public: c.public,
  active: c.active,
  retentionDays: c.retentionDays,
  reportable: c.reportable,
  mapVisibility: c.mapVisibility,
  groupName: c.groupName,
  keywords: c.keywords,
  attributes: c.attributes,
  createdAt: c.createdAt,
});
/** An Open311 attribute definition: what an app asks the citizen for this kind of report (e.g. the pole number). */
const OPEN311_ATTRIBUTE = z
  .object({
    variable: z.boolean().default(true),
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,50}$/, 'Use letters, digits, - or _ for an attribute code.'),
    datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
    required: z.boolean().default(false),
    datatype_description: z.string().trim().max(300).default(''),
    order: z.number().int().min(0).max(1000),
    description: z.string().trim().min(1).max(300),
    values: z
      .array(z.object({ key: z.string().trim().min(1).max(50), name: z.string().trim().min(1).max(100) }))
      .max(50)
      .default([]),
  })
  .refine((a) => !a.datatype.endsWith('valuelist') || a.values.length > 0, {
    message: 'A list attribute needs at least one value.',
    path: ['values'],
  });

const Filter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: oneOrMany(z.uuid()).optional(),
  departmentId: z.uuid().optional(),
  active: z.boolean().optional(),
});
const Body = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'Use lowercase letters, digits and dashes (e.g. sluikstort).'),
  nameNl: z.string().trim().min(2).max(100),
  nameEn: z.string().trim().min(2).max(100),
  description: z.string().trim().max(1000).nullable().optional(),
  departmentId: z.uuid().nullable().optional(),
  public: z.boolean().optional(),
  active: z.boolean().optional(),
  retentionDays: z.number().int().min(1).max(36500).nullable().optional(),
  /** a problem in public space: offered on the public map and as an Open311 service */
  reportable: z.boolean().optional(),
  mapVisibility: z.enum(['exact', 'approximate', 'hidden'], 'Choose exact, approximate or hidden.').optional(),
  groupName: z.string().trim().max(100).nullable().optional(),
  keywords: z.array(z.string().trim().min(1).max(50)).max(30).optional(),
  attributes: z.array(OPEN311_ATTRIBUTE).max(30).optional(),
});

export const categoryRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/categories',
    tag: 'categories',
    summary: 'List categories (contact reasons) with the department each routes to.',
    access: 'user',
    query: listQuery(Filter, ['nameNl', 'nameEn', 'code', 'createdAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where = {
        id: inOrEq(f.id),
        departmentId: f.departmentId,
        active: f.active,
        ...nameOrCodeSearch(f.q),
      };
      await sendList(
        res,
        'categories',
        query.range,
        (page) => categories.list(where, [orderOf(query.sort, ['nameNl', 'asc']), { id: 'asc' }], page),
        () => categories.count(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/categories/:id',
    tag: 'categories',
    summary: 'One category.',
    access: 'user',
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await categories.find(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/categories',
    tag: 'categories',
    summary: 'Create a category.',
    access: ['admin'],
    body: Body,
    handler: async (_req, _res, { body }) => {
      await checkDepartment(body.departmentId);
      return present(await categories.create(body));
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/categories/:id',
    tag: 'categories',
    summary: 'Change a category.',
    access: ['admin'],
    params: IdParam,
    body: Body.partial(),
    handler: async (_req, _res, { params, body }) => {
      await checkDepartment(body.departmentId);
      return present(await categories.update(params.id, body));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/categories/:id',
    tag: 'categories',
    summary: 'Deactivate a category (its tickets keep it).',
    access: ['admin'],
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      return present(await categories.update(params.id, { active: false }));
    },
  }),
];
