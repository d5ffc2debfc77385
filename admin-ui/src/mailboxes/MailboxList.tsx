import { DataTable, List } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { TruncatedTextField } from '../common/TruncatedTextField';
import { MailboxHealthChip } from './MailboxHealthChip';

export const MailboxList = () => (
    <List sort={{ field: 'name', order: 'ASC' }} perPage={50} exporter={false}>
        <DataTable rowClick="edit" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="address" disableSort />
            <DataTable.Col source="health" disableSort field={MailboxHealthChip} />
            <DataTable.Col source="lastSyncAt">
                <DateTimeField source="lastSyncAt" emptyText="app.mailbox.never" />
            </DataTable.Col>
            <DataTable.Col source="lastError" disableSort>
                <TruncatedTextField source="lastError" />
            </DataTable.Col>
        </DataTable>
    </List>
);
