import { z } from 'zod';
import { defineRoute } from '../http/route';
import { listQuery, orderOf, sendList } from '../http/list';
import { ticketScope } from './policy';
import { countTicketEvents, inWrittenOrder, listTicketEvents } from './timeline';

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
      await sendList(
        res,
        'ticket-events',
        query.range,
        (page) => listTicketEvents(where, inWrittenOrder(orderOf(query.sort, ['createdAt', 'asc'])), page),
        () => countTicketEvents(where),
        (e) => ({
          id: e.id,
          ticketId: e.ticketId,
          type: e.type,
          actorUserId: e.actorUserId,
          actorName: e.actorUser?.name ?? null,
          data: e.data,
          createdAt: e.createdAt,
        }),
      );
    },
  }),
];
