import { db } from '../db';
import type { Prisma, SavedFilter } from '../generated/prisma/client';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';

/** Enough for every view an agent keeps; a longer list is no longer a shortcut. */
export const MAX_SAVED_FILTERS = 50;

export const presentSavedFilter = (f: SavedFilter) => ({
  id: f.id,
  name: f.name,
  filter: f.filter,
  createdAt: f.createdAt,
});

/** Saved filters are private: every query is limited to the owner, so another user's filter is "not found". */
const ownedBy = (userId: string): Prisma.SavedFilterWhereInput => ({ userId });

const owned = (userId: string, ids: string | string[] | undefined): Prisma.SavedFilterWhereInput => ({
  ...ownedBy(userId),
  id: Array.isArray(ids) ? { in: ids } : ids,
});

/** One page of the user's own filters (react-admin's getMany asks for some ids), and how many there are. */
export function listSavedFilters(
  userId: string,
  ids: string | string[] | undefined,
  orderBy: Prisma.SavedFilterOrderByWithRelationInput[],
  page: { skip: number; take: number },
) {
  return db().savedFilter.findMany({ where: owned(userId, ids), orderBy, ...page });
}
export function countSavedFilters(userId: string, ids: string | string[] | undefined) {
  return db().savedFilter.count({ where: owned(userId, ids) });
}

export async function findSavedFilter(userId: string, id: string): Promise<SavedFilter> {
  const found = await db().savedFilter.findFirst({ where: { ...ownedBy(userId), id } });
  if (!found) throw new NotFoundError('No such saved filter.');
  return found;
}

export async function saveFilter(userId: string, name: string, filter: Record<string, unknown>): Promise<SavedFilter> {
  const where = ownedBy(userId);
  if (await db().savedFilter.findFirst({ where: { ...where, name } })) {
    throw new ConflictError(
      `You already have a filter named "${name}"; choose another name or delete that one first.`,
      { name: 'Already in use.' },
    );
  }
  if ((await db().savedFilter.count({ where })) >= MAX_SAVED_FILTERS) {
    throw new ValidationError(`You can keep at most ${MAX_SAVED_FILTERS} saved filters; delete one first.`);
  }
  return db().savedFilter.create({ data: { userId, name, filter: filter as Prisma.InputJsonObject } });
}

export async function deleteSavedFilter(userId: string, id: string): Promise<SavedFilter> {
  const found = await findSavedFilter(userId, id);
  await db().savedFilter.delete({ where: { id } });
  return found;
}
