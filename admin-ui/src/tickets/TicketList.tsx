import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { CategoryNameField } from '../categories/categoryName';
import { DateTimeField } from '../common/DateTimeField';
import { channelChoices } from './choices';
import { PriorityField } from './PriorityField';
import { StatusChip } from './StatusChip';
import { ticketFilters } from './ticketFilters';

export const TicketList = () => (
    <List
        filters={ticketFilters}
        // No CSV export: ticket lists hold citizens' personal data.
        exporter={false}
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
    >
        {/* Narrow cell padding so ten columns fit a 1280 px screen next to the menu. */}
        <DataTable rowClick="show" bulkActionButtons={false} sx={{ '& .MuiTableCell-root': { px: 1 } }}>
            <DataTable.Col source="reference" />
            <DataTable.Col source="subject" />
            <DataTable.Col source="contactName" disableSort />
            <DataTable.Col source="status" field={StatusChip} />
            <DataTable.Col source="priority" field={PriorityField} />
            <DataTable.Col source="channel" disableSort>
                <SelectField source="channel" choices={channelChoices} />
            </DataTable.Col>
            <DataTable.Col source="departmentId" disableSort>
                <ReferenceField source="departmentId" reference="departments" link={false} />
            </DataTable.Col>
            <DataTable.Col source="categoryId" disableSort>
                <ReferenceField source="categoryId" reference="categories" link={false}>
                    <CategoryNameField />
                </ReferenceField>
            </DataTable.Col>
            <DataTable.Col source="assigneeId" disableSort>
                <ReferenceField source="assigneeId" reference="users" link={false} />
            </DataTable.Col>
            <DataTable.Col source="createdAt" field={DateTimeField} />
        </DataTable>
    </List>
);
