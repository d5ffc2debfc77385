import type { AuditAction, AuditEntityType } from '../types';

const toChoices = <T extends string>(ids: T[], prefix: string) => ids.map((id) => ({ id, name: `${prefix}.${id}` }));

export const actionChoices = toChoices<AuditAction>(
    ['view', 'change', 'create', 'export', 'erase'],
    'resources.audit-log.action',
);

export const entityTypeChoices = toChoices<AuditEntityType>(
    ['contact', 'ticket', 'message', 'attachment', 'user', 'quarantined_email'],
    'resources.audit-log.entity_type',
);
