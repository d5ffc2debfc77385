import { BooleanInput, NumberInput, SimpleForm, TextInput, minValue, required } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { DepartmentInput } from '../departments/DepartmentInput';
import { MapSection } from './MapSection';

// The server's defaults for a new category: not on the map, and if it ever is, at a rounded spot.
const defaults = {
    public: true,
    active: true,
    reportable: false,
    mapVisibility: 'approximate',
    keywords: [],
    attributes: [],
};

export const CategoryForm = () => (
    <SimpleForm defaultValues={defaults} toolbar={<EditToolbar />} sx={{ maxWidth: 720 }}>
        <TextInput source="code" validate={required()} />
        <TextInput source="nameNl" validate={required()} />
        <TextInput source="nameEn" validate={required()} />
        <TextInput source="description" multiline minRows={2} />
        <DepartmentInput source="departmentId" emptyText="app.none" />
        <BooleanInput source="public" />
        <BooleanInput source="active" />
        <NumberInput
            source="retentionDays"
            min={1}
            step={1}
            validate={minValue(1)}
            helperText="app.privacy.retention_help"
        />
        <MapSection />
    </SimpleForm>
);
