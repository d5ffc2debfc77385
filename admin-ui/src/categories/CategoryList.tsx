import { BooleanField, DataTable, List, ReferenceField } from 'react-admin';
import { useEditRowClick } from '../common/useEditRowClick';

export const CategoryList = () => {
    const rowClick = useEditRowClick('categories');
    return (
        <List sort={{ field: 'code', order: 'ASC' }} perPage={50} exporter={false}>
            <DataTable rowClick={rowClick} bulkActionButtons={false}>
                <DataTable.Col source="code" />
                <DataTable.Col source="nameNl" />
                <DataTable.Col source="nameEn" />
                <DataTable.Col source="departmentId" disableSort>
                    <ReferenceField source="departmentId" reference="departments" link={false} />
                </DataTable.Col>
                <DataTable.Col source="public" disableSort field={BooleanField} />
                <DataTable.Col source="reportable" label="app.category.on_map" disableSort field={BooleanField} />
                <DataTable.Col source="active" disableSort field={BooleanField} />
            </DataTable>
        </List>
    );
};
