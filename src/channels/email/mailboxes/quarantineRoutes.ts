import { z } from 'zod';
import { defineRoute } from '../../../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../../../http/list';
import type { QuarantinedEmail } from '../../../generated/prisma/client';
import {
  countQuarantined,
  dismissQuarantined,
  findQuarantined,
  listQuarantined,
  quarantinedRaw,
  retryQuarantined,
} from '../quarantine';

const ADMIN = ['admin'] as const;

function present(q: QuarantinedEmail) {
  return {
    id: q.id,
    mailboxId: q.mailboxId,
    uid: q.uid?.toString() ?? null,
    messageIdHeader: q.messageIdHeader,
    fromAddress: q.fromAddress,
    subject: q.subject,
    size: q.size,
    reason: q.reason,
    error: q.error,
    status: q.status,
    attempts: q.attempts,
    ticketId: q.ticketId,
    canRetry: q.status === 'held' && Boolean(q.storageKey),
    rawUrl: q.storageKey ? `/api/admin/quarantine/${q.id}/raw` : null,
    createdAt: q.createdAt,
    resolvedAt: q.resolvedAt,
  };
}

const Filter = z.strictObject({
  id: oneOrMany(z.uuid()).optional(),
  status: z.enum(['held', 'resolved', 'dismissed']).optional(),
  mailboxId: z.uuid().optional(),
  reason: z.string().max(50).optional(),
});

export const quarantineRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/quarantine',
    tag: 'email',
    summary: 'Mail that could not become a ticket (unparseable, no sender, too large, processing error), kept raw.',
    access: ADMIN,
    query: listQuery(Filter, ['createdAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where = { id: inOrEq(f.id), status: f.status, mailboxId: f.mailboxId, reason: f.reason };
      await sendList(
        res,
        'quarantine',
        query.range,
        (page) => listQuarantined(where, [orderOf(query.sort, ['createdAt', 'desc']), { id: 'asc' }], page),
        () => countQuarantined(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/quarantine/:id',
    tag: 'email',
    summary: 'One quarantined message.',
    access: ADMIN,
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await findQuarantined(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/quarantine/:id/retry',
    tag: 'email',
    summary: 'Process the kept message again (after a fix); it becomes a ticket or stays with the new error.',
    access: ADMIN,
    params: IdParam,
    handler: async (_req, res, { params }) => {
      res.status(200).json(present(await retryQuarantined(params.id)));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/quarantine/:id/dismiss',
    tag: 'email',
    summary: 'Mark a quarantined message as dealt with (spam, or handled by hand).',
    access: ADMIN,
    params: IdParam,
    handler: async (_req, res, { params }) => {
      res.status(200).json(present(await dismissQuarantined(params.id)));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/quarantine/:id/raw',
    tag: 'email',
    summary: 'Download the raw message (.eml).',
    access: ADMIN,
    audit: { action: 'view', entity: 'quarantined_email' },
    params: IdParam,
    handler: async (_req, res, { params }) => {
      const raw = await quarantinedRaw(params.id);
      res.setHeader('Content-Type', 'message/rfc822');
      res.setHeader('Content-Disposition', `attachment; filename="quarantine-${params.id}.eml"`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.status(200).send(raw);
    },
  }),
];
