import { DataTable, List, ReferenceField, SearchInput, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { useEditRowClick } from '../common/useEditRowClick';
import type { CannedResponse } from '../types';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const ScopeCell = ({ record }: { record: CannedResponse }) => {
    const translate = useTranslate();
    if (record.scope !== 'department') return <>{translate(`app.canned.scope.${record.scope}`)}</>;
    return (
        <ReferenceField record={record} source="departmentId" reference="departments" link={false}>
            <TextField source="name" />
        </ReferenceField>
    );
};

/** The canned replies this user may use: shared, their departments' and their own. */
export const CannedResponseList = () => {
    const rowClick = useEditRowClick('canned-responses');
    return (
        <List sort={{ field: 'title', order: 'ASC' }} perPage={50} filters={filters} exporter={false}>
            <DataTable rowClick={rowClick} bulkActionButtons={false}>
                <DataTable.Col source="title" />
                <DataTable.Col
                    source="scope"
                    disableSort
                    render={(record: CannedResponse) => <ScopeCell record={record} />}
                />
                <DataTable.Col source="updatedAt" field={DateTimeField} />
            </DataTable>
        </List>
    );
};
