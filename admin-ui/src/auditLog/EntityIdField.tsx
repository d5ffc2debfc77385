import { Link, useCreatePath, useRecordContext } from 'react-admin';
import type { AuditLogEntry } from '../types';

// Only contacts and tickets have a page of their own in the console.
const resourceOf: Partial<Record<AuditLogEntry['entityType'], string>> = { contact: 'contacts', ticket: 'tickets' };

/** The record by what people know it by (a reference, a name), linked to its page where it has one. */
export const EntityIdField = (_props: { source?: string }) => {
    const record = useRecordContext<AuditLogEntry>();
    const createPath = useCreatePath();
    if (!record || record.entityId === '*') return null;
    const text = record.entityLabel ?? record.entityId;
    const resource = resourceOf[record.entityType];
    if (!resource || !record.entityLabel) return <span>{text}</span>;
    return <Link to={createPath({ resource, id: record.entityId, type: 'show' })}>{text}</Link>;
};
