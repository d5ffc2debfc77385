import { DataTable, List, SelectField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { auditLogFilters } from './auditLogFilters';
import { actionChoices, entityTypeChoices } from './choices';
import { DetailsField } from './DetailsField';
import { EntityIdField } from './EntityIdField';

// Read-only; the server sorts by time only.
export const AuditLogList = () => (
    <List filters={auditLogFilters} sort={{ field: 'at', order: 'DESC' }} perPage={50} exporter={false}>
        <DataTable rowClick={false} bulkActionButtons={false}>
            <DataTable.Col source="at" field={DateTimeField} />
            <DataTable.Col source="actorName" disableSort />
            <DataTable.Col source="action" disableSort>
                <SelectField source="action" choices={actionChoices} />
            </DataTable.Col>
            <DataTable.Col source="entityType" disableSort>
                <SelectField source="entityType" choices={entityTypeChoices} />
            </DataTable.Col>
            <DataTable.Col source="entityId" disableSort field={EntityIdField} />
            <DataTable.Col source="ip" disableSort />
            <DataTable.Col source="details" disableSort field={DetailsField} />
        </DataTable>
    </List>
);
