import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, orderOf, sendList } from '../http/list';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { intake } from '../intake/intake';
import { ticketScope } from './policy';
import { ticketSearch } from './search';
import { presentOneTicket, presentTickets } from './presenter';
import { ticketFor } from './access';
import { updateTicket } from './update';
import { addInternalNote, replyToCitizen } from './conversation';
import { mergeTickets } from './merge';
import { ticketBeforeChange } from './auditSnapshot';
import { presentMessage } from '../messages/presenter';
import { TicketCreateBody, TicketFilter, TicketSortable, TicketUpdateBody, ReplyBody, NoteBody, MergeBody } from './schemas';

const STAFF = ['admin', 'agent', 'staff'] as const;

/** Tickets whose running deadline has passed ('breached') or whose warning moment has come ('warning'). */
function slaFilter(sla: 'warning' | 'breached', now: Date): Prisma.TicketWhereInput {
  const running = { status: { in: ['new' as const, 'open' as const, 'pending_citizen' as const] } };
  const late: Prisma.TicketWhereInput = { OR: [{ firstResponseAt: null, firstResponseDueAt: { lte: now } }, { dueAt: { lte: now } }] };
  if (sla === 'breached') return { AND: [running, late] };
  return { AND: [running, { NOT: late }, { OR: [{ firstResponseAt: null, firstResponseWarnAt: { lte: now } }, { resolutionWarnAt: { lte: now } }] }] };
}

export const ticketRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/tickets',
    tag: 'tickets',
    summary: 'List tickets (react-admin simple-rest: filter, sort, range; Content-Range gives the total). Filter q searches subject, messages, reference and the citizen.',
    access: STAFF,
    audit: { action: 'view', entity: 'ticket' },
    query: listQuery(TicketFilter, TicketSortable),
    handler: async (req, res, { query }) => {
      const f = query.filter ?? {};
      const where: Prisma.TicketWhereInput = {
        AND: [
          ticketScope(req.user!),
          f.q ? ticketSearch(f.q) : {},
          {
            id: inOrEq(f.id),
            status: inOrEq(f.status),
            channel: inOrEq(f.channel),
            priority: inOrEq(f.priority),
            departmentId: inOrEq(f.departmentId),
            categoryId: inOrEq(f.categoryId),
            assigneeId: f.assigneeId === null ? null : inOrEq(f.assigneeId),
            contactId: f.contactId,
            createdAt: { gte: f.createdAt_gte, lte: f.createdAt_lte },
          },
          f.sla ? slaFilter(f.sla, new Date()) : {},
        ],
      };
      await sendList(
        res,
        'tickets',
        query.range,
        (page) => db().ticket.findMany({ where, include: { contact: true }, orderBy: [orderOf(query.sort, ['createdAt', 'desc']), { id: 'asc' }], ...page }).then(presentTickets),
        () => db().ticket.count({ where }),
        (t) => t,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/tickets/:id',
    tag: 'tickets',
    summary: 'One ticket.',
    access: STAFF,
    audit: { action: 'view', entity: 'ticket' },
    params: IdParam,
    handler: async (req, _res, { params }) => presentOneTicket(await ticketFor(req.user!, params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/tickets',
    tag: 'tickets',
    summary: 'Record a contact taken by phone, at the counter or forwarded by hand; it goes through the same intake as every channel.',
    access: ['admin', 'agent'],
    audit: { action: 'create', entity: 'ticket' },
    body: TicketCreateBody,
    handler: async (req, _res, { body }) => {
      const result = await intake({
        channel: body.channel,
        contact: body.contact,
        language: body.contact.language,
        subject: body.subject,
        body: body.body,
        categoryId: body.categoryId ?? undefined,
        departmentId: body.departmentId ?? undefined,
        recordedBy: req.user!.id,
      });
      return presentOneTicket(await ticketFor(req.user!, result.ticket.id));
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/tickets/:id',
    tag: 'tickets',
    summary: 'Change status, priority, category, department, assignee, subject or tags; each change is on the timeline (reason goes with a department change).',
    access: STAFF,
    audit: { action: 'change', entity: 'ticket', before: ticketBeforeChange },
    params: IdParam,
    body: TicketUpdateBody,
    // answers with the updated ticket even when the change handed it to a department the user is not in
    handler: async (req, _res, { params, body }) => presentOneTicket(await updateTicket(req.user!, params.id, body)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/tickets/:id/reply',
    tag: 'tickets',
    summary: 'Answer the citizen by email or text message (via), sent through the outbox.',
    access: STAFF,
    audit: { action: 'change', entity: 'ticket' },
    params: IdParam,
    body: ReplyBody,
    handler: async (req, _res, { params, body }) => presentMessage(await replyToCitizen(req.user!, params.id, body.body, body.status, body.via)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/tickets/:id/notes',
    tag: 'tickets',
    summary: 'Add an internal note, never shown to the citizen.',
    access: STAFF,
    audit: { action: 'change', entity: 'ticket' },
    params: IdParam,
    body: NoteBody,
    handler: async (req, _res, { params, body }) => presentMessage(await addInternalNote(req.user!, params.id, body.body)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/tickets/:id/merge',
    tag: 'tickets',
    summary: 'Merge this ticket (a duplicate) into targetId; answers with the surviving ticket.',
    access: STAFF,
    audit: { action: 'change', entity: 'ticket' },
    params: IdParam,
    body: MergeBody,
    handler: async (req, res, { params, body }) => {
      res.status(200).json(await presentOneTicket(await mergeTickets(req.user!, params.id, body.targetId)));
    },
  }),
];
