import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import type { Prisma } from '../generated/prisma/client';
import { NotFoundError } from '../shared/errors';
import { apiKeys, createApiKey, presentApiKey, revokeApiKey } from './apiKeys';

const Filter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: oneOrMany(z.uuid()).optional(),
  /** true: only revoked keys; false: only keys in use */
  revoked: z.boolean().optional(),
});

const Body = z.object({
  name: z
    .string({ error: 'Name the client this key is for (e.g. the app).' })
    .trim()
    .min(2, 'Use at least 2 characters.')
    .max(100, 'Use at most 100 characters.'),
});

/** Administrators hand out and revoke the API keys Open311 clients need to submit requests. */
export const apiKeyRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/api-keys',
    tag: 'open311',
    summary:
      'List the Open311 API keys (name, first characters, last use, revocation); a key itself is never shown again after it was made.',
    access: ['admin'],
    query: listQuery(Filter, ['createdAt', 'name', 'lastUsedAt']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where: Prisma.ApiKeyWhereInput = {
        id: inOrEq(f.id),
        ...(f.revoked === undefined ? {} : { revokedAt: f.revoked ? { not: null } : null }),
        ...(f.q ? { OR: [{ name: { contains: f.q, mode: 'insensitive' } }, { keyPrefix: { startsWith: f.q } }] } : {}),
      };
      await sendList(
        res,
        'api-keys',
        query.range,
        (page) => apiKeys.list(where, [orderOf(query.sort, ['createdAt', 'desc']), { id: 'asc' }], page),
        () => apiKeys.count(where),
        presentApiKey,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/api-keys/:id',
    tag: 'open311',
    summary: 'One Open311 API key (without the key).',
    access: ['admin'],
    params: IdParam,
    handler: async (_req, _res, { params }) => presentApiKey(await apiKeys.find(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/api-keys',
    tag: 'open311',
    summary:
      'Make an Open311 API key. The answer holds the key itself ("key"): this is the only time it is shown, only its SHA-256 is kept.',
    access: ['admin'],
    body: Body,
    handler: async (req, _res, { body }) => {
      const { apiKey, key } = await createApiKey(body.name, req.user!.id);
      return { id: apiKey.id, name: apiKey.name, keyPrefix: apiKey.keyPrefix, createdAt: apiKey.createdAt, key };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/api-keys/:id',
    tag: 'open311',
    summary:
      'Revoke an Open311 API key: requests made with it are refused (403) from now on. The record stays, for the log.',
    access: ['admin'],
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      const key = await revokeApiKey(params.id);
      if (!key) throw new NotFoundError('No such API key.');
      return presentApiKey(key);
    },
  }),
];
