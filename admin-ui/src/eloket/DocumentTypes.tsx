import DescriptionIcon from '@mui/icons-material/Description';
import {
    BooleanField,
    BooleanInput,
    CheckboxGroupInput,
    Create,
    DataTable,
    Edit,
    List,
    NumberInput,
    ReferenceField,
    SimpleForm,
    TextInput,
    minValue,
    required,
    type ResourceProps,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { useEditRowClick } from '../common/useEditRowClick';
import { DepartmentInput } from '../departments/DepartmentInput';

const DocumentTypeList = () => {
    const rowClick = useEditRowClick('document-types');
    return (
        <List sort={{ field: 'nameNl', order: 'ASC' }} perPage={50} exporter={false}>
            <DataTable rowClick={rowClick} bulkActionButtons={false}>
                <DataTable.Col source="code" />
                <DataTable.Col source="nameNl" />
                <DataTable.Col source="departmentId" disableSort>
                    <ReferenceField source="departmentId" reference="departments" link={false} />
                </DataTable.Col>
                <DataTable.Col source="targetMinutes" disableSort />
                <DataTable.Col source="active" disableSort field={BooleanField} />
            </DataTable>
        </List>
    );
};

// The questions are edited as JSON: the server checks them (types, options, conditions) and names what is wrong.
const asJson = (value: unknown) => (value === undefined || value === null ? '' : JSON.stringify(value, null, 2));
const fromJson = (text: string) => {
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return text;
    }
};

const DocumentTypeForm = () => (
    <SimpleForm
        defaultValues={{ active: true, deliveryOptions: ['email'], fields: [], proofRequired: false }}
        toolbar={<EditToolbar />}
        sx={{ maxWidth: 720 }}
    >
        <TextInput source="code" validate={required()} />
        <TextInput source="nameNl" validate={required()} />
        <TextInput source="nameEn" validate={required()} />
        <TextInput source="descriptionNl" multiline minRows={2} />
        <TextInput source="descriptionEn" multiline minRows={2} />
        <TextInput
            source="fields"
            label="app.eloket.fields"
            helperText="app.eloket.fields_help"
            multiline
            minRows={6}
            format={asJson}
            parse={fromJson}
        />
        <TextInput source="proofNl" />
        <TextInput source="proofEn" />
        <BooleanInput source="proofRequired" />
        <TextInput source="feeNote" />
        <DepartmentInput source="departmentId" emptyText="app.none" />
        <NumberInput source="targetMinutes" min={1} step={1} validate={minValue(1)} />
        <CheckboxGroupInput
            source="deliveryOptions"
            choices={[
                { id: 'email', name: 'app.eloket.delivery.email' },
                { id: 'post', name: 'app.eloket.delivery.post' },
                { id: 'pickup', name: 'app.eloket.delivery.pickup' },
            ]}
        />
        <BooleanInput source="active" />
    </SimpleForm>
);

export const documentTypes: Omit<ResourceProps, 'name'> = {
    list: DocumentTypeList,
    edit: () => (
        <Edit mutationMode="pessimistic" redirect="list">
            <DocumentTypeForm />
        </Edit>
    ),
    create: () => (
        <Create redirect="list">
            <DocumentTypeForm />
        </Create>
    ),
    icon: DescriptionIcon,
    recordRepresentation: 'nameNl',
};
