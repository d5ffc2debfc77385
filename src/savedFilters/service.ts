import { db } from '../db';
import type { Prisma, SavedFilter } from '../generated/prisma/client';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';

/** Enough for every view an agent keeps; a longer list is no longer a shortcut. */
export const MAX_SAVED_FILTERS = 50;

export const presentSavedFilter = (f: SavedFilter) => ({ id: f.id, name: f.name, filter: f.filter, createdAt: f.createdAt });

/** Saved filters are private: every query is limited to the owner, so another user's filter is "not found". */
export const ownedBy = (userId: string): Prisma.SavedFilterWhereInput => ({ userId });

export async function saveFilter(userId: string, name: string, filter: Record<string, unknown>): Promise<SavedFilter> {
  const where = ownedBy(userId);
  if (await db().savedFilter.findFirst({ where: { ...where, name } })) {
    throw new ConflictError(`You already have a filter named "${name}"; choose another name or delete that one first.`, { name: 'Already in use.' });
  }
  if ((await db().savedFilter.count({ where })) >= MAX_SAVED_FILTERS) {
    throw new ValidationError(`You can keep at most ${MAX_SAVED_FILTERS} saved filters; delete one first.`);
  }
  return db().savedFilter.create({ data: { userId, name, filter: filter as Prisma.InputJsonObject } });
}

export async function deleteSavedFilter(userId: string, id: string): Promise<SavedFilter> {
  const found = await db().savedFilter.findFirst({ where: { ...ownedBy(userId), id } });
  if (!found) throw new NotFoundError('No such saved filter.');
  await db().savedFilter.delete({ where: { id } });
  return found;
}
