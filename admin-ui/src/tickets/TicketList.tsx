import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { CategoryNameField } from '../categories/categoryName';
import { DateTimeField } from '../common/DateTimeField';
import { channelChoices } from './choices';
import { PriorityField } from './PriorityField';
import { SlaField } from './SlaField';
import { StatusChip } from './StatusChip';
import { ticketExporter } from './ticketExporter';
import { ticketFilters } from './ticketFilters';

/**
 * Eleven columns must fit a 1280 px screen next to the menu: narrow cell
 * padding, and the sort arrow of a column that is not sorted (shown on
 * hover) takes no room of its own but floats in the gap to the next column.
 */
const compactTable = {
    '& .MuiTableCell-root': { px: 0.75 },
    '& .MuiTableSortLabel-root:not(.Mui-active)': { position: 'relative' },
    '& .MuiTableSortLabel-root:not(.Mui-active) .MuiTableSortLabel-icon': {
        position: 'absolute',
        right: -18,
        fontSize: 16,
        m: 0,
    },
};

export const TicketList = () => (
    <List
        filters={ticketFilters}
        exporter={ticketExporter}
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
    >
        <DataTable rowClick="show" bulkActionButtons={false} sx={compactTable}>
            <DataTable.Col source="reference" />
            <DataTable.Col source="subject" />
            <DataTable.Col source="contactName" disableSort />
            <DataTable.Col source="status" field={StatusChip} />
            <DataTable.Col source="priority" field={PriorityField} />
            <DataTable.Col source="sla" disableSort field={SlaField} />
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
