import {
    BooleanField,
    ChipField,
    DataTable,
    List,
    ReferenceArrayField,
    SelectField,
    SingleFieldList,
} from 'react-admin';
import { roleChoices } from '../common/choices';
import { DateTimeField } from '../common/DateTimeField';

export const UserList = () => (
    <List sort={{ field: 'name', order: 'ASC' }} perPage={50} exporter={false}>
        <DataTable rowClick="edit" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="email" />
            <DataTable.Col source="phone" disableSort />
            <DataTable.Col source="role">
                <SelectField source="role" choices={roleChoices} />
            </DataTable.Col>
            <DataTable.Col source="departmentIds" disableSort>
                <ReferenceArrayField source="departmentIds" reference="departments">
                    <SingleFieldList linkType={false}>
                        <ChipField source="name" size="small" />
                    </SingleFieldList>
                </ReferenceArrayField>
            </DataTable.Col>
            <DataTable.Col source="active" disableSort field={BooleanField} />
            <DataTable.Col source="available" disableSort field={BooleanField} />
            <DataTable.Col source="lastLoginAt" field={DateTimeField} />
        </DataTable>
    </List>
);
