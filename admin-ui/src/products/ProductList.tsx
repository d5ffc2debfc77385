import {
    BooleanField,
    DataTable,
    List,
    NullableBooleanInput,
    NumberField,
    ReferenceField,
    SearchInput,
} from 'react-admin';
import { useEditOrShowRowClick } from '../common/useEditRowClick';
import { DepartmentInput } from '../departments/DepartmentInput';
import { DeskChipsField } from '../desks/DeskChipsField';
import { DeskInput } from '../desks/DeskInput';
import { ProductNameField } from './productName';

const productFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <NullableBooleanInput key="active" source="active" alwaysOn />,
    <DeskInput key="deskId" source="deskId" />,
    <DepartmentInput key="departmentId" source="departmentId" />,
];

/** The products citizens come to the counter for; only administrators change them. */
export const ProductList = () => {
    const rowClick = useEditOrShowRowClick('services');
    return (
        <List filters={productFilters} sort={{ field: 'nameNl', order: 'ASC' }} perPage={50} exporter={false}>
            <DataTable rowClick={rowClick} bulkActionButtons={false}>
                <DataTable.Col source="code" />
                <DataTable.Col source="nameNl" label="resources.services.fields.name" field={ProductNameField} />
                <DataTable.Col source="durationMinutes">
                    <NumberField source="durationMinutes" />
                </DataTable.Col>
                <DataTable.Col source="bookableOnline" disableSort field={BooleanField} />
                <DataTable.Col source="walkInAllowed" disableSort field={BooleanField} />
                <DataTable.Col source="deskIds" disableSort field={DeskChipsField} />
                <DataTable.Col source="departmentId" disableSort>
                    <ReferenceField source="departmentId" reference="departments" link={false} />
                </DataTable.Col>
                <DataTable.Col source="active" field={BooleanField} />
            </DataTable>
        </List>
    );
};
