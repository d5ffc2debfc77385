import { defineRoute } from '../http/route';
import { COUNT_CAP, IdParam, inOrEq, listQuery, orderOf, pageOf, sendPage } from '../http/list';
import type { Prisma } from '../generated/prisma/client';
import { intake } from '../intake/intake';
import { ticketScope } from './policy';
import { ticketSearch } from './search';
import { presentOneTicket, presentTickets } from './presenter';
import { listTickets } from './listing';
import { ticketFor } from './access';
import { updateTicket } from './update';
import { addInternalNote, previewReply, replyToCitizen } from './conversation';
import { replyDraftFor } from './replyDraft';
import { mergeTickets } from './merge';
import { ticketBeforeChange } from './auditSnapshot';
import { presentMessage } from '../messages/presenter';
import {
  TicketCreateBody,
  TicketFilter,
  TicketSortable,
  TicketUpdateBody,
  ReplyBody,
  ReplyPreviewBody,
  NoteBody,
  MergeBody,
  BulkBody,
} from './schemas';
import { bulkChange } from './bulk';
import { recordAudit } from '../audit/record';

const STAFF = ['admin', 'agent', 'staff'] as const;

const running: Prisma.TicketWhereInput = { status: { in: ['new', 'open', 'pending_citizen'] } };

/**
 * Tickets whose running deadline has passed ('breached'), whose warning moment has come but no deadline passed
 * ('warning'), or either ('at_risk').
 */
function slaFilter(sla: 'warning' | 'breached' | 'at_risk', now: Date): Prisma.TicketWhereInput {
  const late: Prisma.TicketWhereInput = {
    OR: [{ firstResponseAt: null, firstResponseDueAt: { lte: now } }, { dueAt: { lte: now } }],
  };
  const warned: Prisma.TicketWhereInput = {
    OR: [{ firstResponseAt: null, firstResponseWarnAt: { lte: now } }, { resolutionWarnAt: { lte: now } }],
  };
  if (sla === 'breached') return { AND: [running, late] };
  if (sla === 'at_risk') return { AND: [running, { OR: [late, warned] }] };
  return { AND: [running, { NOT: late }, warned] };
}

function assigneeFilter(assignee: 'me' | 'nobody' | undefined, userId: string): Prisma.TicketWhereInput {
  if (assignee === 'me') return { assigneeId: userId };
  if (assignee === 'nobody') return { assigneeId: null };
  return {};
}

export const ticketRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/tickets',
    tag: 'tickets',
    summary:
      'List tickets (react-admin simple-rest: filter, sort, range; Content-Range gives the total). Filter q searches subject, messages, reference and the citizen; assignee me/nobody and unresolved make the presets, and list rows carry departmentName, categoryNameNl/En and assigneeName.',
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
          assigneeFilter(f.assignee, req.user!.id),
          f.unresolved ? running : {},
        ],
      };
      const orderBy = [orderOf(query.sort, ['createdAt', 'desc']), { id: 'asc' as const }];
      const page = pageOf(query.range);
      const { rows, total } = await listTickets(where, orderBy, page, Boolean(f.q), COUNT_CAP);
      sendPage(res, 'tickets', await presentTickets(rows), page.skip, total > COUNT_CAP ? '*' : total);
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
    summary:
      'Record a contact taken by phone, at the counter or forwarded by hand; it goes through the same intake as every channel.',
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
    summary:
      'Change status, priority, category, department, assignee, subject or tags; each change is on the timeline (reason goes with a department change). ' +
      'Send the version you read: when the ticket changed since, the answer is 409 {message, current, changedBy} and nothing changes.',
    access: STAFF,
    audit: { action: 'change', entity: 'ticket', before: ticketBeforeChange },
    params: IdParam,
    body: TicketUpdateBody,
    responses: { 409: 'Changed by someone else since the given version; nothing was changed.' },
    // answers with the updated ticket even when the change handed it to a department the user is not in
    handler: async (req, _res, { params, body: { version, ...changes } }) =>
      presentOneTicket(await updateTicket(req.user!, params.id, changes, version)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/tickets/bulk',
    tag: 'tickets',
    summary:
      'One change (status, priority, category, department, assignee, labels added/removed, or a merge into one of them) to several tickets, each with the version the list showed. ' +
      'Each ticket is changed on its own as by PUT; those changed by someone else since, or not visible to you, are listed in failed and left as they are.',
    access: STAFF,
    body: BulkBody,
    handler: async (req, res, { body }) => {
      const result = await bulkChange(req.user!, body.tickets, body.change);
      // one audit entry per ticket changed, as for a change one by one
      for (const id of result.changedIds) {
        await recordAudit(req, { action: 'change', entity: 'ticket' }, id, {
          route: 'POST /api/admin/tickets/bulk',
          fields: Object.keys(body.change),
        });
      }
      res.status(200).json(result);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/tickets/:id/reply',
    tag: 'tickets',
    summary:
      "Answer the citizen on one of the reply channels (via), sent through the outbox. A channel that takes free text only at times (a chat app's customer-service window) refuses it otherwise (409) unless asTemplate sends its approved template; the reply preview says which (freeText).",
    access: STAFF,
    audit: { action: 'change', entity: 'ticket' },
    params: IdParam,
    body: ReplyBody,
    handler: async (req, _res, { params, body }) =>
      presentMessage(await replyToCitizen(req.user!, params.id, body.body, body.status, body.via, body.asTemplate)),
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/tickets/:id/reply-draft',
    tag: 'tickets',
    summary:
      "What the compose box starts with, in the ticket's language: the greeting with the citizen's name, then the sign-off and your signature (email), or a short one (SMS); caret is where typing starts.",
    access: STAFF,
    params: IdParam,
    handler: async (req, _res, { params }) => replyDraftFor(req.user!, params.id),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/tickets/:id/reply-preview',
    tag: 'tickets',
    summary:
      'Exactly what a reply with this text sends, made by the sending code: subject, HTML and text of the email, or the SMS text with its segment count and encoding (GSM-7 or UCS-2). Nothing is stored or sent.',
    access: STAFF,
    params: IdParam,
    body: ReplyPreviewBody,
    handler: async (req, res, { params, body }) => {
      res.status(200).json(await previewReply(req.user!, params.id, body.body, body.via));
    },
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
    handler: async (req, _res, { params, body }) =>
      presentMessage(await addInternalNote(req.user!, params.id, body.body)),
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
