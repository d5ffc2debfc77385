import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../../http/list';
import type { Prisma } from '../../generated/prisma/client';
import { IdList, READ, TAG, WRITE, insensitive } from './common';
import {
  countProducts,
  deactivateProduct,
  findProduct,
  listProducts,
  saveProduct,
  type ProductWithDesks,
} from '../products';

const present = (s: ProductWithDesks) => ({
  id: s.id,
  code: s.code,
  nameNl: s.nameNl,
  nameEn: s.nameEn,
  descriptionNl: s.descriptionNl,
  descriptionEn: s.descriptionEn,
  durationMinutes: s.durationMinutes,
  bufferMinutes: s.bufferMinutes,
  documentsNl: s.documentsNl,
  documentsEn: s.documentsEn,
  priceNote: s.priceNote,
  bookableOnline: s.bookableOnline,
  walkInAllowed: s.walkInAllowed,
  minNoticeMinutes: s.minNoticeMinutes,
  maxDaysAhead: s.maxDaysAhead,
  reminderHoursBefore: s.reminderHoursBefore,
  queuePrefix: s.queuePrefix,
  departmentId: s.departmentId,
  active: s.active,
  deskIds: s.desks.map((d) => d.deskId),
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});

const int = (min: number, max: number, unit: string) =>
  z
    .number(`Give a whole number of ${unit}.`)
    .int(`Give a whole number of ${unit}.`)
    .min(min, `Use ${min} to ${max} ${unit}.`)
    .max(max, `Use ${min} to ${max} ${unit}.`);
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (v === '' ? null : v),
    z.string().trim().max(max, `Use at most ${max} characters.`).nullable().optional(),
  );
const Documents = z
  .array(z.string().trim().min(1, 'A document cannot be empty.').max(300, 'Use at most 300 characters per document.'))
  .max(30, 'List at most 30 documents.');

const Body = z.object({
  /** stable for websites: /afspraak?dienst=kids-id */
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'Use lowercase letters, digits and dashes (e.g. kids-id).'),
  nameNl: z.string().trim().min(2, 'Use at least 2 characters.').max(100, 'Use at most 100 characters.'),
  nameEn: z.string().trim().min(2, 'Use at least 2 characters.').max(100, 'Use at most 100 characters.'),
  descriptionNl: optionalText(2000),
  descriptionEn: optionalText(2000),
  durationMinutes: int(5, 480, 'minutes'),
  bufferMinutes: int(0, 120, 'minutes').optional(),
  documentsNl: Documents.optional(),
  documentsEn: Documents.optional(),
  priceNote: optionalText(200),
  bookableOnline: z.boolean().optional(),
  walkInAllowed: z.boolean().optional(),
  minNoticeMinutes: int(0, 10080, 'minutes').optional(),
  maxDaysAhead: int(1, 365, 'days').optional(),
  reminderHoursBefore: int(0, 168, 'hours').optional(),
  queuePrefix: z
    .string()
    .regex(/^[A-Z]$/, 'Use one capital letter A–Z.')
    .optional(),
  departmentId: z.uuid('A department id is a UUID.').nullable().optional(),
  active: z.boolean().optional(),
  /** the desks that serve this product */
  deskIds: IdList('desk').optional(),
});
const Filter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: oneOrMany(z.uuid()).optional(),
  active: z.boolean().optional(),
  deskId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
});

export const serviceRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/services',
    tag: TAG,
    summary: 'List the products citizens come to the counter for, with the desks that serve each.',
    access: READ,
    query: listQuery(Filter, ['nameNl', 'nameEn', 'code', 'durationMinutes', 'active', 'createdAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where: Prisma.ServiceWhereInput = {
        id: inOrEq(f.id),
        active: f.active,
        departmentId: f.departmentId,
        ...(f.deskId ? { desks: { some: { deskId: f.deskId } } } : {}),
        ...(f.q
          ? { OR: [{ nameNl: insensitive(f.q) }, { nameEn: insensitive(f.q) }, { code: insensitive(f.q) }] }
          : {}),
      };
      await sendList(
        res,
        'services',
        query.range,
        (page) => listProducts(where, [orderOf(query.sort, ['nameNl', 'asc']), { id: 'asc' }], page),
        () => countProducts(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/services/:id',
    tag: TAG,
    summary: 'One product.',
    access: READ,
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await findProduct(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/services',
    tag: TAG,
    summary: 'Create a product; deskIds are the desks that serve it.',
    access: WRITE,
    body: Body,
    handler: async (_req, _res, { body }) => {
      return present(await saveProduct(undefined, body));
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/services/:id',
    tag: TAG,
    summary: 'Change a product; deskIds, when given, replaces the desks that serve it.',
    access: WRITE,
    params: IdParam,
    body: Body.partial(),
    handler: async (_req, _res, { params, body }) => {
      return present(await saveProduct(params.id, body));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/services/:id',
    tag: TAG,
    summary: 'Deactivate a product: it can no longer be booked; its appointments keep it.',
    access: WRITE,
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      return present(await deactivateProduct(params.id));
    },
  }),
];
