import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { languageChoices } from '../common/choices';
import type { Language } from '../types';

export interface Citizen {
    name: string;
    email: string;
    phone: string;
    language: Language;
}

interface CitizenFieldsProps {
    value: Citizen;
    onChange: (value: Citizen) => void;
    /** The server's (or the dialog's own) message per field. */
    errors: Partial<Record<keyof Citizen, string>>;
    disabled?: boolean;
}

const label = (field: keyof Citizen) => `resources.appointments.fields.${field}`;

/** Who the appointment is for, and where the confirmation and reminder go. */
export const CitizenFields = ({ value, onChange, errors, disabled }: CitizenFieldsProps) => {
    const translate = useTranslate();
    const field = (
        name: 'name' | 'email' | 'phone',
        extra: { type: string; autoComplete: string; helper?: string },
    ) => (
        <TextField
            fullWidth
            type={extra.type}
            autoComplete={extra.autoComplete}
            label={translate(label(name))}
            value={value[name]}
            onChange={(event) => onChange({ ...value, [name]: event.target.value })}
            error={Boolean(errors[name])}
            helperText={errors[name] ? translate(errors[name], { _: errors[name] }) : extra.helper}
            disabled={disabled}
            required={name === 'name'}
            slotProps={{ htmlInput: { maxLength: name === 'name' ? 200 : 254, 'data-testid': `booking-${name}` } }}
        />
    );
    return (
        <Stack spacing={2}>
            {field('name', { type: 'text', autoComplete: 'off' })}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                {field('email', { type: 'email', autoComplete: 'off' })}
                {field('phone', { type: 'tel', autoComplete: 'off' })}
            </Stack>
            <TextField
                select
                label={translate(label('language'))}
                value={value.language}
                onChange={(event) => onChange({ ...value, language: event.target.value as Language })}
                helperText={translate('app.appointment.language_help')}
                disabled={disabled}
                sx={{ maxWidth: 260 }}
            >
                {languageChoices.map((choice) => (
                    <MenuItem key={choice.id} value={choice.id}>
                        {translate(choice.name)}
                    </MenuItem>
                ))}
            </TextField>
        </Stack>
    );
};
