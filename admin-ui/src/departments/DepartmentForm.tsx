import { BooleanInput, SimpleForm, TextInput, email, required } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';

const defaults = { active: true };

export const DepartmentForm = () => (
    <SimpleForm defaultValues={defaults} toolbar={<EditToolbar />} sx={{ maxWidth: 600 }}>
        <TextInput source="name" validate={required()} />
        <TextInput source="email" type="email" validate={email()} />
        <TextInput source="phone" type="tel" />
        <BooleanInput source="active" />
    </SimpleForm>
);
