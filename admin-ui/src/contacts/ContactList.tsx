import { DataTable, List, SearchInput, SelectField, TextArrayField } from 'react-admin';
import { languageChoices } from '../common/choices';
import { DateTimeField } from '../common/DateTimeField';
import { contactExporter } from './contactExporter';

const contactFilters = [<SearchInput key="q" source="q" alwaysOn />];

export const ContactList = () => (
    <List filters={contactFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={contactExporter}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="emails" disableSort field={TextArrayField} />
            <DataTable.Col source="phones" disableSort field={TextArrayField} />
            <DataTable.Col source="language" disableSort>
                <SelectField source="language" choices={languageChoices} />
            </DataTable.Col>
            <DataTable.Col source="ticketCount" disableSort />
            <DataTable.Col source="createdAt" field={DateTimeField} />
        </DataTable>
    </List>
);
