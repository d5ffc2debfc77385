import { z } from 'zod';
import { defineRoute } from '../http/route';
import { listQuery, orderOf, sendList } from '../http/list';
import type { Prisma } from '../generated/prisma/client';
import { countAuditEntries, listAuditEntries } from './entries';

const Filter = z.strictObject({
  actorUserId: z.uuid().optional(),
  action: z.enum(['view', 'change', 'create', 'export', 'erase']).optional(),
  entityType: z.enum(['contact', 'ticket', 'message', 'attachment', 'user', 'quarantined_email']).optional(),
  entityId: z.string().max(100).optional(),
  at_gte: z.coerce.date().optional(),
  at_lte: z.coerce.date().optional(),
});

export const auditRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/audit-log',
    tag: 'privacy',
    summary:
      'Who viewed or changed which personal data, when and from where: filter by user, action, record and period. A change to a ticket lists each field from → to (details.changes).',
    access: ['admin'],
    query: listQuery(Filter, ['at']),
    handler: async (req, res, { query }) => {
      const f = query.filter ?? {};
      const where: Prisma.AuditEntryWhereInput = {
        actorUserId: f.actorUserId,
        action: f.action,
        entityType: f.entityType,
        entityId: f.entityId,
        at: { gte: f.at_gte, lte: f.at_lte },
      };
      await sendList(
        res,
        'audit-log',
        query.range,
        (page) =>
          listAuditEntries(where, [orderOf(query.sort, ['at', 'desc']), { id: 'asc' }], page, req.user!.language),
        () => countAuditEntries(where),
        // entityLabel: what a person knows the record by (a ticket's reference, a contact's name); names: of the ids in details.changes
        (e) => ({
          id: e.id,
          at: e.at,
          actorUserId: e.actorUserId,
          actorName: e.actorUser?.name ?? null,
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId,
          entityLabel: e.entityLabel,
          names: e.names,
          ip: e.ip,
          details: e.details,
        }),
      );
    },
  }),
];
