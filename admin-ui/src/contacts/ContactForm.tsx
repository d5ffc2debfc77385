import { RadioButtonGroupInput, SelectInput, SimpleForm, TextArrayInput, TextInput, required } from 'react-admin';
import { languageChoices, preferredChannelChoices } from '../common/choices';
import { emailList } from '../common/validators';
import { EditToolbar } from '../common/EditToolbar';

const defaults = { language: 'nl', emails: [], phones: [] };

export const ContactForm = () => (
    <SimpleForm defaultValues={defaults} toolbar={<EditToolbar />} sx={{ maxWidth: 720 }}>
        <TextInput source="name" />
        <RadioButtonGroupInput source="language" choices={languageChoices} validate={required()} />
        <SelectInput
            source="preferredChannel"
            choices={preferredChannelChoices}
            emptyText="app.preferred_channel.none"
        />
        <TextArrayInput source="emails" validate={emailList} />
        <TextArrayInput source="phones" />
    </SimpleForm>
);
