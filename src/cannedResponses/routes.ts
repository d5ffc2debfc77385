import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import { presentOneTicket } from '../tickets/presenter';
import { PriorityEnum, Status } from '../tickets/schemas';
import { presentCannedResponse } from './presenter';
import {
  applyCanned,
  countCanned,
  createCanned,
  deleteCanned,
  findCanned,
  listCanned,
  listWhere,
  updateCanned,
} from './service';

const STAFF = ['admin', 'agent', 'staff'] as const;
const Uuid = z.uuid('Must be an id (UUID).');
const emptyIsNull = (v: unknown) => (v === '' ? null : v);
const optionalId = z.preprocess(emptyIsNull, Uuid.nullable().optional());

const Filter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: oneOrMany(Uuid).optional(),
  departmentId: Uuid.nullable().optional(),
});

const Fields = z.object({
  title: z.string().trim().min(2, 'Give it a title of at least 2 characters.').max(120),
  bodyNl: z.string().trim().min(1, 'Write the Dutch text.').max(10000),
  /** empty: English tickets get the Dutch text */
  bodyEn: z.string().trim().max(10000).optional(),
  /** none: shared with everyone; else for that department's members */
  departmentId: optionalId,
  /** yourself: only you see it */
  ownerId: optionalId,
  setStatus: z.preprocess(emptyIsNull, Status.nullable().optional()),
  setPriority: z.preprocess(emptyIsNull, PriorityEnum.nullable().optional()),
  setCategoryId: optionalId,
  setDepartmentId: optionalId,
  addTags: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
});

/** What a new canned reply has where the request says nothing: shared, no actions. */
const withDefaults = (b: z.infer<typeof Fields>) => ({
  title: b.title,
  bodyNl: b.bodyNl,
  bodyEn: b.bodyEn ?? '',
  departmentId: b.departmentId ?? null,
  ownerId: b.ownerId ?? null,
  setStatus: b.setStatus ?? null,
  setPriority: b.setPriority ?? null,
  setCategoryId: b.setCategoryId ?? null,
  setDepartmentId: b.setDepartmentId ?? null,
  addTags: b.addTags ?? [],
});

export const cannedResponseRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/canned-responses',
    tag: 'canned-responses',
    summary:
      "Canned replies you may use: shared ones, your departments' (agents and administrators: every department's) and your own. Filter q searches the title.",
    access: STAFF,
    query: listQuery(Filter, ['title', 'createdAt', 'updatedAt']),
    handler: async (req, res, { query }) => {
      const where = listWhere(req.user!, query.filter ?? {});
      await sendList(
        res,
        'canned-responses',
        query.range,
        (page) => listCanned(where, [orderOf(query.sort, ['title', 'asc']), { id: 'asc' }], page),
        () => countCanned(where),
        presentCannedResponse,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/canned-responses/:id',
    tag: 'canned-responses',
    summary: 'One canned reply.',
    access: STAFF,
    params: IdParam,
    handler: async (req, _res, { params }) => presentCannedResponse(await findCanned(req.user!, params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/canned-responses',
    tag: 'canned-responses',
    summary:
      'Write a canned reply (Dutch and English text with placeholders such as {{name}}; an unknown one is refused) and, as a macro, what it sets on the ticket: status, priority, category, department, tags.',
    access: STAFF,
    body: Fields,
    handler: async (req, _res, { body }) => presentCannedResponse(await createCanned(req.user!, withDefaults(body))),
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/canned-responses/:id',
    tag: 'canned-responses',
    summary: 'Change a canned reply (the same checks as writing one).',
    access: STAFF,
    params: IdParam,
    body: Fields.partial(),
    handler: async (req, _res, { params, body }) =>
      presentCannedResponse(await updateCanned(req.user!, params.id, body)),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/canned-responses/:id',
    tag: 'canned-responses',
    summary: 'Remove a canned reply.',
    access: STAFF,
    params: IdParam,
    handler: async (req, _res, { params }) => presentCannedResponse(await deleteCanned(req.user!, params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/tickets/:id/apply-canned-response',
    tag: 'canned-responses',
    summary:
      "Use a canned reply on this ticket: its actions are applied as a normal ticket change (timeline, status message), and its text comes back filled in for this ticket in the ticket's language, to insert in the compose box.",
    access: STAFF,
    audit: { action: 'change', entity: 'ticket' },
    params: IdParam,
    body: z.object({ cannedResponseId: Uuid, version: z.number().int().min(0).optional() }),
    handler: async (req, res, { params, body }) => {
      const result = await applyCanned(req.user!, params.id, body.cannedResponseId, body.version);
      res.status(200).json({
        text: result.text,
        language: result.language,
        changed: result.changed,
        ticket: await presentOneTicket(result.ticket),
      });
    },
  }),
];
