import { DataTable, List, SelectField, TextField, useRecordContext } from 'react-admin';
import { useCategoryName } from '../categories/categoryName';
import { DateTimeField } from '../common/DateTimeField';
import type { Ticket } from '../types';
import { channelChoices } from './choices';
import { PriorityField } from './PriorityField';
import { SlaField } from './SlaField';
import { StatusChip } from './StatusChip';
import { ticketExporter } from './ticketExporter';
import { ticketFilters } from './ticketFilters';
import { SubjectWithPresence } from '../live/SubjectWithPresence';
import { TicketListShortcuts } from './TicketListShortcuts';
import { TicketRowsBody, TicketRowsProvider } from './TicketRows';
import { TicketViews } from './TicketViews';
import { RowCheckboxLabels } from './bulk/RowCheckboxLabels';
import { TicketBulkActions } from './bulk/TicketBulkActions';

/**
 * Columns that give way when the list is narrow (a small screen, or the menu open), least important first. Container
 * queries measure the list itself, so opening the menu collapses columns exactly as a narrower window would.
 */
const collapse = { channel: 1250, createdAt: 1150, contactName: 1000, categoryNameNl: 880, departmentName: 760 };

const compactTable = {
    containerType: 'inline-size',
    '& .MuiTableCell-root': { px: 0.75 },
    // a reference is read out on the phone: never broken over two lines
    '& .column-reference': { whiteSpace: 'nowrap' },
    '& .column-subject': { minWidth: '10em' },
    '& [data-ticket-row]:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: -3 },
    // the sort arrow of a column that is not sorted (shown on hover) floats in the gap to the next column
    '& .MuiTableSortLabel-root:not(.Mui-active)': { position: 'relative' },
    '& .MuiTableSortLabel-root:not(.Mui-active) .MuiTableSortLabel-icon': {
        position: 'absolute',
        right: -18,
        fontSize: 16,
        m: 0,
    },
    ...Object.fromEntries(
        Object.entries(collapse).map(([column, width]) => [
            `@container (max-width: ${width}px)`,
            { [`& .column-${column}`]: { display: 'none' } },
        ]),
    ),
};

const CategoryName = () => {
    const ticket = useRecordContext<Ticket>();
    const name = useCategoryName();
    if (!ticket?.categoryNameNl) return null;
    return <>{name({ nameNl: ticket.categoryNameNl, nameEn: ticket.categoryNameEn ?? '' })}</>;
};

export const TicketList = () => (
    <List filters={ticketFilters} exporter={ticketExporter} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
        <TicketListShortcuts />
        <TicketViews />
        <RowCheckboxLabels />
        <TicketRowsProvider>
            <DataTable
                rowClick="show"
                bulkActionButtons={<TicketBulkActions />}
                sx={compactTable}
                body={TicketRowsBody}
            >
                <DataTable.Col source="reference">
                    <TextField source="reference" />
                </DataTable.Col>
                <DataTable.Col source="subject" field={SubjectWithPresence} />
                <DataTable.Col source="contactName" disableSort />
                <DataTable.Col source="status" field={StatusChip} />
                <DataTable.Col source="priority" field={PriorityField} />
                <DataTable.Col source="sla" disableSort field={SlaField} />
                <DataTable.Col source="channel" disableSort>
                    <SelectField source="channel" choices={channelChoices} />
                </DataTable.Col>
                {/* the names come with the rows (see the list API), so they fill in with them */}
                <DataTable.Col source="departmentName" label="resources.tickets.fields.departmentId" disableSort>
                    <TextField source="departmentName" emptyText="" />
                </DataTable.Col>
                <DataTable.Col source="categoryNameNl" label="resources.tickets.fields.categoryId" disableSort>
                    <CategoryName />
                </DataTable.Col>
                <DataTable.Col source="assigneeName" label="resources.tickets.fields.assigneeId" disableSort>
                    <TextField source="assigneeName" emptyText="" />
                </DataTable.Col>
                <DataTable.Col source="createdAt" field={DateTimeField} />
            </DataTable>
        </TicketRowsProvider>
    </List>
);
