import type { Request } from 'express';
import { db } from '../db';
import { logger } from '../logger';
import type { Prisma } from '../generated/prisma/client';
import type { AuditSpec } from '../shared/audit';

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

/**
 * The entry of a route declared with `audit` (src/http/route.ts), after its handler succeeded: a read names the
 * record (or the query of a list), a change the fields sent and what changed from what. The app hands this to
 * mountRoutes, so the HTTP layer does not depend on the audit feature.
 */
export function recordRouteAudit(
  spec: AuditSpec,
  req: Request,
  valid: { params: unknown; query: unknown; body: unknown },
  result: unknown,
  before: Record<string, unknown> | null,
): Promise<void> {
  const params = valid.params as { id?: string };
  const id = params?.id ?? (result as { id?: string } | undefined)?.id ?? '*';
  const route = `${req.method} ${req.route?.path ?? req.path}`;
  if (spec.action === 'view')
    return recordAudit(req, spec, id, {
      route,
      ...(id === '*' ? { query: JSON.parse(JSON.stringify(valid.query ?? {})) } : {}),
    });
  // the version a change was made against is no field of the record
  const fields = Object.keys((valid.body as object) ?? {}).filter((f) => f !== 'version');
  const changes = changesOf(before, fields, result);
  return recordAudit(req, spec, id, { route, fields, ...(changes ? { changes } : {}) });
}
