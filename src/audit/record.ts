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
}

export async function recordAudit(req: Request, spec: AuditSpec, entityId: string, details: Prisma.InputJsonObject): Promise<void> {
  try {
    await db().auditEntry.create({ data: { actorUserId: req.user?.id, action: spec.action, entityType: spec.entity, entityId, ip: req.ip, details } });
  } catch (err) {
    // the request itself succeeded; a missing audit entry must be noticed by operators
    logger.error({ err, spec, entityId }, 'audit entry could not be written');
  }
}
