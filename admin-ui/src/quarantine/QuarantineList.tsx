import { Typography } from '@mui/material';
import { DataTable, List, ReferenceInput, SelectField, SelectInput, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { reasonChoices, statusChoices } from './choices';
import { QuarantineStatusChip } from './QuarantineStatusChip';

const quarantineFilters = [
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
    <ReferenceInput
        key="mailboxId"
        source="mailboxId"
        reference="mailboxes"
        perPage={100}
        sort={{ field: 'name', order: 'ASC' }}
        alwaysOn
    >
        <SelectInput optionText="name" />
    </ReferenceInput>,
];

// Held mail is what needs an administrator; the rest is history.
const defaultFilter = { status: 'held' };

const NoMessages = () => {
    const translate = useTranslate();
    return (
        <Typography color="text.secondary" sx={{ p: 2 }}>
            {translate('app.quarantine.none')}
        </Typography>
    );
};

export const QuarantineList = () => (
    <List
        filters={quarantineFilters}
        filterDefaultValues={defaultFilter}
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
        // No CSV export: the list holds citizens' addresses.
        exporter={false}
        empty={false}
    >
        <DataTable rowClick="show" bulkActionButtons={false} empty={<NoMessages />}>
            <DataTable.Col source="createdAt" field={DateTimeField} />
            <DataTable.Col source="fromAddress" disableSort />
            <DataTable.Col source="subject" disableSort />
            <DataTable.Col source="reason" disableSort>
                <SelectField source="reason" choices={reasonChoices} />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort field={QuarantineStatusChip} />
            <DataTable.Col source="attempts" disableSort />
        </DataTable>
    </List>
);
