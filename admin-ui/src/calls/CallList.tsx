import { DataTable, List } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { CallChoicesField } from './CallChoicesField';
import { CallContactField, CallTicketField } from './CallContactField';
import { callExporter } from './callExporter';
import { callFilters } from './callFilters';
import { DirectionField } from './DirectionField';
import { DurationField } from './DurationField';
import { OutcomeChip } from './OutcomeChip';

/** The call log: calls to the central line and call-backs. The server sorts on start time and duration only. */
export const CallList = () => (
    <List filters={callFilters} exporter={callExporter} sort={{ field: 'startedAt', order: 'DESC' }} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="startedAt" field={DateTimeField} />
            <DataTable.Col source="direction" disableSort field={DirectionField} />
            <DataTable.Col source="fromNumber" disableSort />
            <DataTable.Col source="toNumber" disableSort />
            <DataTable.Col source="outcome" disableSort field={OutcomeChip} />
            <DataTable.Col source="durationSeconds" field={DurationField} />
            <DataTable.Col source="choices" disableSort field={CallChoicesField} />
            <DataTable.Col source="contactId" disableSort field={CallContactField} />
            <DataTable.Col source="ticketId" disableSort field={CallTicketField} />
        </DataTable>
    </List>
);
