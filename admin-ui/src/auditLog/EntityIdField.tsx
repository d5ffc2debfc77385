import { Link, useCreatePath, useRecordContext } from 'react-admin';
import type { AuditLogEntry } from '../types';

// Only contacts and tickets have a page of their own in the console.
const resourceOf: Partial<Record<AuditLogEntry['entityType'], string>> = { contact: 'contacts', ticket: 'tickets' };

export const EntityIdField = (_props: { source?: string }) => {
    const record = useRecordContext<AuditLogEntry>();
    const createPath = useCreatePath();
    if (!record) return null;
    const resource = resourceOf[record.entityType];
    if (!resource) return <span>{record.entityId}</span>;
    return (
        <Link to={createPath({ resource, id: record.entityId, type: 'show' })}>
            {record.entityId}
        </Link>
    );
};
