import { SimpleForm, TextInput, maxLength, minLength, required } from 'react-admin';
import { BrusselsDateTimeInput } from '../common/BrusselsDateTimeInput';
import { ClosurePlaceInputs } from './ClosurePlaceInputs';
import { DeskClosureToolbar } from './DeskClosureToolbar';

const defaults = { locationId: null, deskId: null };

// The end must follow the start; both hold ISO 8601 with the Brussels offset.
const validateEnd = (endsAt: unknown, values: Record<string, unknown>) =>
    typeof endsAt === 'string' &&
    typeof values.startsAt === 'string' &&
    new Date(endsAt).getTime() <= new Date(values.startsAt).getTime()
        ? 'app.desk_closure.end_before_start'
        : undefined;

export const DeskClosureForm = () => (
    <SimpleForm defaultValues={defaults} toolbar={<DeskClosureToolbar />} sx={{ maxWidth: 600 }}>
        <ClosurePlaceInputs />
        <BrusselsDateTimeInput source="startsAt" validate={required()} helperText="app.desk_closure.time_help" />
        <BrusselsDateTimeInput
            source="endsAt"
            validate={[required(), validateEnd]}
            helperText="app.desk_closure.time_help"
        />
        <TextInput
            source="reason"
            validate={[required(), minLength(2), maxLength(200)]}
            helperText="app.desk_closure.reason_help"
            fullWidth
        />
    </SimpleForm>
);
