import { Alert } from '@mui/material';
import {
    Create,
    RadioButtonGroupInput,
    SimpleForm,
    TextInput,
    maxLength,
    minLength,
    required,
    useTranslate,
} from 'react-admin';
import { LocationInput } from '../locations/LocationInput';
import { useShownOnce } from '../common/useShownOnce';
import type { CreatedDevice } from '../types';
import { kindChoices } from './choices';
import { NewDeviceDialog } from './NewDeviceDialog';

// The server's limits.
const validateName = [required(), minLength(2), maxLength(100)];

const CreateHelp = () => {
    const translate = useTranslate();
    return (
        <Alert severity="info" sx={{ mb: 2 }}>
            {translate('app.device.create_help')}
        </Alert>
    );
};

/**
 * A name, the kind and the location; the server makes the token and returns
 * it (and the address to open) this once. It goes to the dialog and nowhere
 * else: not into the cache, not into the list.
 */
export const DeviceCreate = () => {
    const { created, onSuccess, close } = useShownOnce<CreatedDevice>('devices');

    return (
        <>
            <Create redirect={false} mutationOptions={{ onSuccess }}>
                <SimpleForm sx={{ maxWidth: 600 }} defaultValues={{ kind: 'kiosk' }}>
                    <CreateHelp />
                    <TextInput
                        source="name"
                        validate={validateName}
                        autoComplete="off"
                        helperText="app.device.name_help"
                    />
                    <RadioButtonGroupInput source="kind" choices={kindChoices} validate={required()} row={false} />
                    <LocationInput source="locationId" validate={required()} />
                </SimpleForm>
            </Create>
            {created && <NewDeviceDialog device={created} onClose={close} />}
        </>
    );
};
