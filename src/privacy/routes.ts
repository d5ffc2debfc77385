import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam } from '../http/list';
import { presentContact } from '../contacts/presenter';
import { sendStream } from '../http/sendStream';
import { exportContact } from './exportArchive';
import { eraseContact } from './erase';
import { applyRetention } from './retention';
import { holdContact, holdTicket } from './legalHold';

const PRIVACY_OFFICER = ['admin'] as const;
const Hold = z.object({ hold: z.boolean(), reason: z.string().trim().max(500).optional() });

export const privacyRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/contacts/:id/export',
    tag: 'privacy',
    summary: 'Everything held about this person, as one ZIP (person.json and their attachments).',
    access: PRIVACY_OFFICER,
    audit: { action: 'export', entity: 'contact' },
    params: IdParam,
    handler: async (_req, res, { params }) => {
      const { filename, stream } = await exportContact(params.id);
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      await sendStream(res, stream);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/contacts/:id/erase',
    tag: 'privacy',
    summary:
      'Erase this person: every ticket anonymised, the person and their addresses deleted; refused (409) under a legal hold.',
    access: PRIVACY_OFFICER,
    audit: { action: 'erase', entity: 'contact' },
    params: IdParam,
    handler: async (_req, res, { params }) => {
      res.status(200).json({ erased: true, ...(await eraseContact(params.id)) });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/contacts/:id/legal-hold',
    tag: 'privacy',
    summary: 'Put this person under a legal hold (or lift it): no erasure, no anonymisation while it lasts.',
    access: PRIVACY_OFFICER,
    audit: { action: 'change', entity: 'contact' },
    params: IdParam,
    body: Hold,
    handler: async (_req, res, { params, body }) => {
      res.status(200).json(presentContact(await holdContact(params.id, body.hold, body.reason)));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/tickets/:id/legal-hold',
    tag: 'privacy',
    summary: 'Keep this ticket whatever the retention period (or lift that).',
    access: PRIVACY_OFFICER,
    audit: { action: 'change', entity: 'ticket' },
    params: IdParam,
    body: Hold,
    handler: async (_req, res, { params, body }) => {
      const t = await holdTicket(params.id, body.hold);
      res.status(200).json({ id: t.id, legalHold: t.legalHold });
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/privacy/retention/run',
    tag: 'privacy',
    summary:
      'Anonymise now the closed tickets past their category’s retention period (a worker also does this every few hours).',
    access: PRIVACY_OFFICER,
    handler: async (_req, res) => {
      res.status(200).json({ anonymised: await applyRetention() });
    },
  }),
];
