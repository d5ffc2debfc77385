import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { Language } from '../generated/prisma/enums';
import { changeNames, entityLabels, namesOf } from './labels';

/**
 * One page of the audit log, each entry with its actor's name, what a person knows the record by (a ticket's
 * reference, a contact's name) and the names of the ids in its changes, in the reader's language.
 */
export async function listAuditEntries(
  where: Prisma.AuditEntryWhereInput,
  orderBy: Prisma.AuditEntryOrderByWithRelationInput[],
  page: { skip: number; take: number },
  language: Language,
) {
  const entries = await db().auditEntry.findMany({
    where,
    include: { actorUser: { select: { name: true } } },
    orderBy,
    ...page,
  });
  const [labels, names] = await Promise.all([entityLabels(entries), changeNames(entries, language)]);
  return entries.map((e) => ({
    ...e,
    entityLabel: labels.get(`${e.entityType}:${e.entityId}`) ?? null,
    names: namesOf(e.details, names),
  }));
}

export const countAuditEntries = (where: Prisma.AuditEntryWhereInput) => db().auditEntry.count({ where });
