import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { ticketScope } from '../tickets/policy';
import { NotFoundError } from '../shared/errors';
import { presentMessage } from './presenter';

const STAFF = ['admin', 'agent', 'staff'] as const;
const include = {
  attachments: true,
  media: {
    select: { id: true, kind: true, filename: true, status: true, transcriptionStatus: true },
    orderBy: { createdAt: 'asc' },
  },
  authorUser: { select: { name: true } },
  authorContact: { select: { name: true } },
  notifications: { select: { status: true, lastError: true, sentAt: true }, orderBy: { createdAt: 'desc' }, take: 1 },
} as const;

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
        (page) =>
          db().message.findMany({
            where,
            include,
            orderBy: [orderOf(query.sort, ['createdAt', 'asc']), { id: 'asc' }],
            ...page,
          }),
        () => db().message.count({ where }),
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
      const m = await db().message.findFirst({ where: { id: params.id, ticket: ticketScope(req.user!) }, include });
      if (!m) throw new NotFoundError('No such message.');
      return presentMessage(m);
    },
  }),
];
