import { BooleanField, DataTable, List } from 'react-admin';
import { useEditRowClick } from '../common/useEditRowClick';

export const DepartmentList = () => {
    const rowClick = useEditRowClick('departments');
    return (
        <List sort={{ field: 'name', order: 'ASC' }} perPage={50} exporter={false}>
            <DataTable rowClick={rowClick} bulkActionButtons={false}>
                <DataTable.Col source="name" />
                <DataTable.Col source="email" disableSort />
                <DataTable.Col source="phone" disableSort />
                <DataTable.Col source="phoneTarget" disableSort />
                <DataTable.Col source="active" disableSort field={BooleanField} />
            </DataTable>
        </List>
    );
};
