import { Typography } from '@mui/material';
import {
    Create,
    RadioButtonGroupInput,
    SelectInput,
    SimpleForm,
    TextInput,
    email,
    required,
    useTranslate,
} from 'react-admin';
import { CategoryInput } from '../categories/CategoryInput';
import { languageChoices } from '../common/choices';
import { DepartmentInput } from '../departments/DepartmentInput';
import { manualChannelChoices } from './choices';

const defaults = { channel: 'phone', contact: { language: 'nl' } };

/** An agent records a phone call, counter visit or forwarded message. */
export const TicketCreate = () => {
    const translate = useTranslate();
    return (
        <Create redirect="show">
            <SimpleForm defaultValues={defaults} sx={{ maxWidth: 720 }}>
                <SelectInput source="channel" choices={manualChannelChoices} validate={required()} />
                <TextInput source="subject" validate={required()} />
                <TextInput source="body" multiline minRows={5} validate={required()} />
                <CategoryInput source="categoryId" emptyText="app.none" />
                <DepartmentInput source="departmentId" emptyText="app.none" />
                <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
                    {translate('resources.contacts.name', { smart_count: 1 })}
                </Typography>
                <TextInput source="contact.name" />
                <TextInput source="contact.email" type="email" validate={email()} />
                <TextInput source="contact.phone" type="tel" />
                <RadioButtonGroupInput source="contact.language" choices={languageChoices} validate={required()} />
            </SimpleForm>
        </Create>
    );
};
