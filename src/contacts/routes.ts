import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import type { Prisma } from '../generated/prisma/client';
import { EmailField, PhoneField, normalizePhone } from '../shared/identities';
import { contactScope } from '../tickets/policy';
import type { Principal } from '../auth/principal';
import { presentContact } from './presenter';
import { countContacts, createContact, findContact, listContacts, updateContact } from './service';
import { staleVersion, Version, VersionMismatch } from '../shared/versions';
import { ReplyChannelField } from '../shared/channels';
import { lastAuditedChange } from '../audit/lastChange';

const FIELD_NAMES: Record<string, string> = {
  name: 'naam',
  language: 'taal',
  preferredChannel: 'voorkeurskanaal',
  emails: 'e-mailadressen',
  phones: 'telefoonnummers',
};

const STAFF = ['admin', 'agent', 'staff'] as const;

const ContactFilter = z.strictObject({ q: z.string().trim().max(200).optional(), id: oneOrMany(z.uuid()).optional() });

const ContactBody = z.object({
  name: z.string().trim().max(200).nullable().optional(),
  language: z.enum(['nl', 'en']).optional(),
  preferredChannel: ReplyChannelField.nullable().optional(),
  emails: z.array(EmailField).max(10).optional(),
  phones: z.array(PhoneField).max(10).optional(),
});

function contactSearch(q: string): Prisma.ContactWhereInput {
  const phone = /^[+\d][\d\s./-]{5,}$/.test(q) ? normalizePhone(q) : undefined;
  if (phone) return { identities: { some: { value: phone } } };
  return {
    AND: q
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 6)
      .map((w) => ({
        OR: [
          { name: { contains: w, mode: 'insensitive' as const } },
          { identities: { some: { value: { contains: w.toLowerCase() } } } },
        ],
      })),
  };
}

async function contactFor(user: Principal, id: string) {
  return presentContact(await findContact(user, id));
}

export const contactRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/contacts',
    tag: 'contacts',
    summary: 'List citizens; q searches name, email addresses and phone numbers.',
    access: STAFF,
    audit: { action: 'view', entity: 'contact' },
    query: listQuery(ContactFilter, ['createdAt', 'name', 'updatedAt']),
    handler: async (req, res, { query }) => {
      const f = query.filter ?? {};
      const where: Prisma.ContactWhereInput = {
        AND: [contactScope(req.user!), f.q ? contactSearch(f.q) : {}, { id: inOrEq(f.id) }],
      };
      await sendList(
        res,
        'contacts',
        query.range,
        (page) => listContacts(where, [orderOf(query.sort, ['createdAt', 'desc']), { id: 'asc' }], page),
        () => countContacts(where),
        presentContact,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/contacts/:id',
    tag: 'contacts',
    summary: 'One citizen with their addresses; their tickets are GET /api/admin/tickets?filter={"contactId":…}.',
    access: STAFF,
    audit: { action: 'view', entity: 'contact' },
    params: IdParam,
    handler: (req, _res, { params }) => contactFor(req.user!, params.id),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/contacts',
    tag: 'contacts',
    summary: 'Create a citizen.',
    access: ['admin', 'agent'],
    audit: { action: 'create', entity: 'contact' },
    body: ContactBody,
    handler: async (req, _res, { body }) => contactFor(req.user!, await createContact(body)),
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/contacts/:id',
    tag: 'contacts',
    summary: "Change a citizen's name, language, preferred channel, email addresses or phone numbers.",
    access: STAFF,
    audit: { action: 'change', entity: 'contact' },
    params: IdParam,
    body: ContactBody.extend({ version: Version }),
    responses: { 409: 'Changed by someone else since the given version; nothing was changed.' },
    handler: async (req, _res, { params, body: { version, ...changes } }) => {
      await contactFor(req.user!, params.id);
      try {
        await updateContact(params.id, changes, version);
      } catch (err) {
        if (!(err instanceof VersionMismatch)) throw err;
        const current = await contactFor(req.user!, params.id);
        throw staleVersion('deze burger', await lastAuditedChange(params.id, current.updatedAt, FIELD_NAMES), current);
      }
      return contactFor(req.user!, params.id);
    },
  }),
];
