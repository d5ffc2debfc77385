import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import type { Prisma } from '../generated/prisma/client';
import { ticketScope } from '../tickets/policy';
import { presentMessage } from './presenter';
import { countMessages, listMessages, messageFor } from './service';

const STAFF = ['admin', 'agent', 'staff'] as const;
const MessageFilter = z.strictObject({
  ticketId: z.uuid().optional(),
  id: oneOrMany(z.uuid()).optional(),
  direction: z.enum(['inbound', 'outbound', 'note']).optional(),
});

export const messageRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/messages',
    tag: 'messages',
    summary:
      "A ticket's conversation: filter by ticketId; each message carries its channel's externalId and its attachments.",
    access: STAFF,
    audit: { action: 'view', entity: 'message' },
    query: listQuery(MessageFilter, ['createdAt']),
    handler: async (req, res, { query }) => {
      const f = query.filter ?? {};
      const where: Prisma.MessageWhereInput = {
        ticket: ticketScope(req.user!),
        ticketId: f.ticketId,
        id: inOrEq(f.id),
        direction: f.direction,
      };
      await sendList(
        res,
        'messages',
        query.range,
        (page) => listMessages(where, [orderOf(query.sort, ['createdAt', 'asc']), { id: 'asc' }], page),
        () => countMessages(where),
        presentMessage,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/messages/:id',
    tag: 'messages',
    summary: 'One message.',
    access: STAFF,
    audit: { action: 'view', entity: 'message' },
    params: IdParam,
    handler: async (req, _res, { params }) => {
      return presentMessage(await messageFor(req.user!, params.id));
    },
  }),
];
