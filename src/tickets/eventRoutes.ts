import { z } from 'zod';
import { defineRoute } from '../http/route';
import { listQuery, orderOf, pageOf, sendPage } from '../http/list';
import { db } from '../db';
import { ticketScope } from './policy';

const EventFilter = z.strictObject({ ticketId: z.uuid().optional(), type: z.string().max(50).optional() });

export const ticketEventRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/ticket-events',
    tag: 'tickets',
    summary: "A ticket's timeline and audit trail: filter by ticketId.",
    access: ['admin', 'agent', 'staff'],
    query: listQuery(EventFilter, ['createdAt']),
    handler: async (req, res, { query }) => {
      const f = query.filter ?? {};
      const where = { ticket: ticketScope(req.user!), ticketId: f.ticketId, type: f.type };
      const { skip, take } = pageOf(query.range);
      const [rows, total] = await Promise.all([
        db().ticketEvent.findMany({ where, include: { actorUser: { select: { name: true } } }, orderBy: [orderOf(query.sort, ['createdAt', 'asc']), { id: 'asc' }], skip, take }),
        db().ticketEvent.count({ where }),
      ]);
      sendPage(
        res,
        'ticket-events',
        rows.map((e) => ({ id: e.id, ticketId: e.ticketId, type: e.type, actorUserId: e.actorUserId, actorName: e.actorUser?.name ?? null, data: e.data, createdAt: e.createdAt })),
        skip,
        total,
      );
    },
  }),
];
