import {
    BooleanInput,
    PasswordInput,
    RadioButtonGroupInput,
    ReferenceArrayInput,
    SelectArrayInput,
    SelectInput,
    SimpleForm,
    TextInput,
    email,
    required,
    type Validator,
} from 'react-admin';
import { languageChoices, roleChoices } from '../common/choices';
import { UserToolbar } from './UserToolbar';

const defaults = { role: 'agent', language: 'nl', active: true, available: true, departmentIds: [] };

const validateEmail = [required(), email()];

export const UserForm = ({ isCreate = false }: { isCreate?: boolean }) => {
    const validatePassword: Validator[] = isCreate ? [required()] : [];
    return (
        <SimpleForm defaultValues={defaults} toolbar={<UserToolbar />} sx={{ maxWidth: 600 }}>
            <TextInput source="name" validate={required()} />
            <TextInput source="email" type="email" validate={validateEmail} />
            <TextInput source="phone" type="tel" autoComplete="off" helperText="app.user.phone_help" />
            <SelectInput source="role" choices={roleChoices} validate={required()} />
            <ReferenceArrayInput
                source="departmentIds"
                reference="departments"
                perPage={500}
                sort={{ field: 'name', order: 'ASC' }}
            >
                <SelectArrayInput
                    optionText="name"
                    label="resources.users.fields.departmentIds"
                    helperText="app.user.departments_help"
                />
            </ReferenceArrayInput>
            <RadioButtonGroupInput source="language" choices={languageChoices} validate={required()} />
            <BooleanInput source="active" />
            <BooleanInput source="available" />
            <PasswordInput
                source="password"
                autoComplete="new-password"
                validate={validatePassword}
                helperText={isCreate ? undefined : 'app.user.password_keep'}
            />
        </SimpleForm>
    );
};
