/**
 * How a route touches personal data, declared on the route (src/http/route.ts) and written by the audit feature
 * (src/audit/record.ts): the type sits here so the HTTP layer and the audit feature do not import each other.
 */
export type AuditAction = 'view' | 'change' | 'create' | 'export' | 'erase';
export type AuditEntity = 'contact' | 'ticket' | 'message' | 'attachment' | 'user' | 'quarantined_email';

export interface AuditSpec {
  action: AuditAction;
  entity: AuditEntity;
  /** reads the record before a change, so the entry says what changed from what to what (status open → resolved) */
  before?: (id: string) => Promise<Record<string, unknown> | null>;
}
