import { db } from '../db';
import type { LastChange } from '../shared/versions';

// an audit entry is written just after the change it records
const SAME_CHANGE_MS = 5_000;

/**
 * The last change to a record as the audit log tells it (who, when, which fields, named in Dutch through
 * `fieldNames`). A later change the log does not know (the citizen's own, through their link) gives only the moment.
 */
export async function lastAuditedChange(
  entityId: string,
  updatedAt: Date,
  fieldNames: Record<string, string>,
): Promise<LastChange> {
  const entry = await db().auditEntry.findFirst({
    where: { entityId, action: 'change' },
    orderBy: { at: 'desc' },
    include: { actorUser: { select: { name: true } } },
  });
  if (!entry || entry.at.getTime() < updatedAt.getTime() - SAME_CHANGE_MS)
    return { name: null, at: updatedAt, changes: [] };
  const fields = ((entry.details as { fields?: unknown } | null)?.fields ?? []) as string[];
  return {
    name: entry.actorUser?.name ?? null,
    at: entry.at,
    changes: fields.map((f) => fieldNames[f]).filter((f): f is string => Boolean(f)),
  };
}
