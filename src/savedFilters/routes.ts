import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import { TicketFilter } from '../tickets/schemas';
import {
  countSavedFilters,
  deleteSavedFilter,
  findSavedFilter,
  listSavedFilters,
  presentSavedFilter,
  saveFilter,
} from './service';

const STAFF = ['admin', 'agent', 'staff'] as const;

const Filter = z.strictObject({ id: oneOrMany(z.uuid()).optional() });

const Body = z.object({
  name: z.string({ error: 'Name the filter.' }).trim().min(1, 'Name the filter.').max(80, 'Use at most 80 characters.'),
  // checked as the ticket list would check it, so a saved filter always opens a list; stored as sent (calendar
  // days stay days, the presets' "me" stays "me")
  filter: z
    .record(z.string(), z.unknown(), 'The filter is an object of ticket-list filter values.')
    .superRefine((filter, ctx) => {
      const parsed = TicketFilter.safeParse(filter);
      if (!parsed.success)
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }),
});

/** Ticket-list filters each user saves under a name, on the server so they follow the user to any computer. */
export const savedFilterRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/saved-filters',
    tag: 'tickets',
    summary: "The signed-in user's own saved ticket-list filters (nobody else's).",
    access: STAFF,
    query: listQuery(Filter, ['name', 'createdAt']),
    handler: async (req, res, { query }) => {
      await sendList(
        res,
        'saved-filters',
        query.range,
        (page) =>
          listSavedFilters(req.user!.id, query.filter?.id, [orderOf(query.sort, ['name', 'asc']), { id: 'asc' }], page),
        () => countSavedFilters(req.user!.id, query.filter?.id),
        presentSavedFilter,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/saved-filters/:id',
    tag: 'tickets',
    summary: 'One of your saved filters.',
    access: STAFF,
    params: IdParam,
    handler: async (req, _res, { params }) => presentSavedFilter(await findSavedFilter(req.user!.id, params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/saved-filters',
    tag: 'tickets',
    summary: 'Save the ticket list filter under a name (unique per user).',
    access: STAFF,
    body: Body,
    handler: async (req, _res, { body }) => presentSavedFilter(await saveFilter(req.user!.id, body.name, body.filter)),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/saved-filters/:id',
    tag: 'tickets',
    summary: 'Delete one of your saved filters.',
    access: STAFF,
    params: IdParam,
    handler: async (req, _res, { params }) => presentSavedFilter(await deleteSavedFilter(req.user!.id, params.id)),
  }),
];
