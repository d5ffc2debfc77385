import { BooleanInput, SimpleForm, TextInput, maxLength, minLength, required } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';

const defaults = { active: true };

export const LocationForm = () => (
    <SimpleForm defaultValues={defaults} toolbar={<EditToolbar />}>
        <TextInput source="name" validate={[required(), minLength(2), maxLength(100)]} />
        <TextInput
            source="address"
            validate={maxLength(300)}
            multiline
            minRows={2}
            helperText="app.location.address_help"
        />
        <BooleanInput source="active" helperText="app.location.active_help" />
    </SimpleForm>
);
