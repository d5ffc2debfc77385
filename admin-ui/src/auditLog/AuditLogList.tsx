import { DataTable, List } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { AuditDetailsPanel } from './AuditDetailsPanel';
import { auditLogExporter } from './auditLogExporter';
import { auditLogFilters } from './auditLogFilters';
import { AuditSentenceField } from './AuditSentenceField';
import { EntityIdField } from './EntityIdField';

// Read-only; the server sorts by time only. Each entry reads as a sentence; the exact trace opens under it.
export const AuditLogList = () => (
    <List filters={auditLogFilters} sort={{ field: 'at', order: 'DESC' }} perPage={50} exporter={auditLogExporter}>
        <DataTable rowClick="expand" expand={<AuditDetailsPanel />} bulkActionButtons={false}>
            <DataTable.Col source="at" field={DateTimeField} />
            <DataTable.Col source="sentence" label="app.audit.what" disableSort field={AuditSentenceField} />
            <DataTable.Col source="entityId" label="app.audit.details.record" disableSort field={EntityIdField} />
        </DataTable>
    </List>
);
