import type { Request } from 'express';
import { db } from '../db';
import { logger } from '../logger';
import type { Prisma } from '../generated/prisma/client';

export type AuditAction = 'view' | 'change' | 'create' | 'export' | 'erase';
export type AuditEntity = 'contact' | 'ticket' | 'message' | 'attachment' | 'user' | 'quarantined_email';

/** How a route touches personal data; mountRoutes writes the entry after the handler succeeded. */
export interface AuditSpec {
  action: AuditAction;
  entity: AuditEntity;
  /** reads the record before a change, so the entry says what changed from what to what (status open → resolved) */
  before?: (id: string) => Promise<Record<string, unknown> | null>;
}

/** Per changed field its old and new value: the fields sent whose value in the answer differs from the value before. */
export function changesOf(
  before: Record<string, unknown> | null,
  fields: string[],
  after: unknown,
): Record<string, { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null }> | undefined {
  if (!before || !after || typeof after !== 'object') return undefined;
  const changes: Record<string, { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null }> = {};
  for (const field of fields) {
    if (!(field in before) || !(field in after)) continue;
    const from = (before[field] ?? null) as Prisma.InputJsonValue | null;
    const to = ((after as Record<string, unknown>)[field] ?? null) as Prisma.InputJsonValue | null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

export async function recordAudit(
  req: Request,
  spec: AuditSpec,
  entityId: string,
  details: Prisma.InputJsonObject,
): Promise<void> {
  try {
    await db().auditEntry.create({
      data: { actorUserId: req.user?.id, action: spec.action, entityType: spec.entity, entityId, ip: req.ip, details },
    });
  } catch (err) {
    // the request itself succeeded; a missing audit entry must be noticed by operators
    logger.error({ err, spec, entityId }, 'audit entry could not be written');
  }
}
