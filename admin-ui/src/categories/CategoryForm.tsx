import { BooleanInput, NumberInput, SimpleForm, TextInput, minValue, required } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { DepartmentInput } from '../departments/DepartmentInput';

const defaults = { public: true, active: true };

export const CategoryForm = () => (
    <SimpleForm defaultValues={defaults} toolbar={<EditToolbar />} sx={{ maxWidth: 600 }}>
        <TextInput source="code" validate={required()} />
        <TextInput source="nameNl" validate={required()} />
        <TextInput source="nameEn" validate={required()} />
        <TextInput source="description" multiline minRows={2} />
        <DepartmentInput source="departmentId" emptyText="app.none" />
        <BooleanInput source="public" />
        <BooleanInput source="active" />
        <NumberInput source="retentionDays" min={1} step={1} validate={minValue(1)} helperText="app.privacy.retention_help" />
    </SimpleForm>
);
