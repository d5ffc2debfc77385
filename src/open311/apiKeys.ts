import { db } from '../db';
import type { ApiKey } from '../generated/prisma/client';
import { randomToken, sha256Hex } from '../shared/tokens';
import { crudStore } from '../shared/crud';

/** How many leading characters of a key are kept in clear, so administrators can tell keys apart. */
export const KEY_PREFIX_LENGTH = 8;

/** The keys as administrators list and read them (made by createApiKey, revoked by revokeApiKey). */
export const apiKeys = crudStore((d) => d.apiKey, 'No such API key.');

/** What an administrator may see of a key: never its hash, and the key itself only once, when it is made. */
export const presentApiKey = (k: ApiKey) => ({
  id: k.id,
  name: k.name,
  keyPrefix: k.keyPrefix,
  createdByUserId: k.createdByUserId,
  createdAt: k.createdAt,
  lastUsedAt: k.lastUsedAt,
  revokedAt: k.revokedAt,
});

/**
 * Makes an API key for an Open311 client (an app, a partner's system). Only the SHA-256 of the key
 * is stored: the key is returned here once and cannot be shown again. A fixed key (the demo seed's)
 * is made at most once: asking again returns the record that already holds it.
 */
export async function createApiKey(
  name: string,
  userId?: string,
  fixedKey?: string,
): Promise<{ apiKey: ApiKey; key: string }> {
  const key = fixedKey ?? randomToken();
  const data = {
    name,
    keyHash: sha256Hex(key),
    keyPrefix: key.slice(0, KEY_PREFIX_LENGTH),
    createdByUserId: userId ?? null,
  };
  const apiKey = fixedKey
    ? await db().apiKey.upsert({ where: { keyHash: data.keyHash }, create: data, update: {} })
    : await db().apiKey.create({ data });
  return { apiKey, key };
}

/** The key's record when it exists and is not revoked; notes when it was last used. */
export async function authenticateApiKey(key: string): Promise<ApiKey | undefined> {
  const found = await db().apiKey.findUnique({ where: { keyHash: sha256Hex(key) } });
  if (!found || found.revokedAt) return undefined;
  return db().apiKey.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
}

/** Revokes a key (idempotent: a key revoked earlier keeps its first revocation time). */
export async function revokeApiKey(id: string): Promise<ApiKey | undefined> {
  const found = await db().apiKey.findUnique({ where: { id } });
  if (!found) return undefined;
  if (found.revokedAt) return found;
  return db().apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
}
