import { Alert } from '@mui/material';
import { Create, SimpleForm, TextInput, maxLength, minLength, required, useTranslate } from 'react-admin';
import { useShownOnce } from '../common/useShownOnce';
import type { CreatedApiKey } from '../types';
import { NewKeyDialog } from './NewKeyDialog';

// The server's limits.
const validateName = [required(), minLength(2), maxLength(100)];

const CreateHelp = () => {
    const translate = useTranslate();
    return (
        <Alert severity="info" sx={{ mb: 2 }}>
            {translate('app.api_key.create_help')}
        </Alert>
    );
};

/**
 * Only a name; the server makes the key and returns it this once. It goes
 * to the dialog and nowhere else: not into the cache, not into the list.
 */
export const ApiKeyCreate = () => {
    const { created, onSuccess, close } = useShownOnce<CreatedApiKey>('api-keys');

    return (
        <>
            <Create redirect={false} mutationOptions={{ onSuccess }}>
                <SimpleForm sx={{ maxWidth: 600 }}>
                    <CreateHelp />
                    <TextInput source="name" validate={validateName} autoComplete="off" />
                </SimpleForm>
            </Create>
            {created && <NewKeyDialog apiKey={created} onClose={close} />}
        </>
    );
};
