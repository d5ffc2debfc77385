import { z } from 'zod';
import { defineRoute } from '../../../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../../../http/list';
import type { Mailbox } from '../../../generated/prisma/client';
import { EmailField } from '../../../shared/identities';
import { countMailboxes, createMailbox, findMailbox, listMailboxes, updateMailbox } from './service';
import { testImapConnection } from '../imapSession';

const ADMIN = ['admin'] as const;

/** The password never leaves the server; health says whether the worker can read the mailbox. */
export function presentMailbox(m: Mailbox) {
  const healthy = m.active && !m.lastError && m.lastSyncAt !== null;
  return {
    id: m.id,
    name: m.name,
    address: m.address,
    imapHost: m.imapHost,
    imapPort: m.imapPort,
    imapTls: m.imapTls,
    imapUser: m.imapUser,
    hasPassword: Boolean(m.imapPasswordEnc),
    folder: m.folder,
    processedFolder: m.processedFolder,
    defaultDepartmentId: m.defaultDepartmentId,
    fromAddress: m.fromAddress,
    active: m.active,
    source: m.source,
    lastSyncAt: m.lastSyncAt,
    lastError: m.lastError,
    lastErrorAt: m.lastErrorAt,
    lastUid: m.lastUid.toString(),
    health: !m.active ? 'inactive' : healthy ? 'ok' : m.lastError ? 'error' : 'waiting',
    createdAt: m.createdAt,
  };
}

const blankToNull = (v: unknown) => (v === '' ? null : v);
const Fields = {
  name: z.string().trim().min(2).max(100),
  address: EmailField,
  imapHost: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[a-z0-9.-]+$/i, 'Use a host name or IP address.'),
  imapPort: z.coerce.number().int().min(1).max(65535),
  imapTls: z.boolean(),
  imapUser: z.string().trim().min(1).max(255),
  imapPassword: z.preprocess(blankToNull, z.string().min(1).max(500).nullable().optional()),
  folder: z.string().trim().min(1).max(255),
  processedFolder: z.preprocess(blankToNull, z.string().trim().min(1).max(255).nullable().optional()),
  defaultDepartmentId: z.preprocess(blankToNull, z.uuid().nullable().optional()),
  fromAddress: z.preprocess(blankToNull, EmailField.nullable().optional()),
  active: z.boolean().optional(),
};
const CreateBody = z.object({
  ...Fields,
  imapPort: Fields.imapPort.default(993),
  imapTls: Fields.imapTls.default(true),
  folder: Fields.folder.default('INBOX'),
});
const UpdateBody = z.object(Fields).partial();
const Filter = z.strictObject({ id: oneOrMany(z.uuid()).optional(), active: z.boolean().optional() });

export const mailboxRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/mailboxes',
    tag: 'email',
    summary: 'Mailboxes Voordeur reads, with their health (last sync, last error).',
    access: ADMIN,
    query: listQuery(Filter, ['name', 'createdAt', 'lastSyncAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where = { id: inOrEq(f.id), active: f.active };
      await sendList(
        res,
        'mailboxes',
        query.range,
        (page) => listMailboxes(where, [orderOf(query.sort, ['name', 'asc']), { id: 'asc' }], page),
        () => countMailboxes(where),
        presentMailbox,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/mailboxes/:id',
    tag: 'email',
    summary: 'One mailbox.',
    access: ADMIN,
    params: IdParam,
    handler: async (_req, _res, { params }) => presentMailbox(await findMailbox(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/mailboxes',
    tag: 'email',
    summary:
      'Add a mailbox: IMAP server, user and password (stored encrypted), folder to read, where processed mail goes, default department, sending address.',
    access: ADMIN,
    body: CreateBody,
    handler: async (_req, _res, { body }) =>
      presentMailbox(await createMailbox({ ...body, imapPassword: body.imapPassword ?? undefined })),
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/mailboxes/:id',
    tag: 'email',
    summary:
      'Change a mailbox; leave imapPassword empty to keep the stored one. The worker reconnects with the new settings.',
    access: ADMIN,
    params: IdParam,
    body: UpdateBody,
    handler: async (_req, _res, { params, body }) => {
      await findMailbox(params.id);
      return presentMailbox(await updateMailbox(params.id, { ...body, imapPassword: body.imapPassword ?? undefined }));
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/mailboxes/:id',
    tag: 'email',
    summary: 'Stop reading a mailbox (it is deactivated; its tickets stay).',
    access: ADMIN,
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      await findMailbox(params.id);
      return presentMailbox(await updateMailbox(params.id, { active: false }));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/mailboxes/:id/test',
    tag: 'email',
    summary: 'Try to log in to the mailbox now and say what happened.',
    access: ADMIN,
    params: IdParam,
    handler: async (_req, res, { params }) => {
      res.status(200).json(await testImapConnection(await findMailbox(params.id)));
    },
  }),
];
