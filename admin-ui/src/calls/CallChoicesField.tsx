import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { PhoneCall } from '../types';

/**
 * What the caller chose in the menu: keys get their meaning ("1 · Afspraken");
 * words and case numbers stay as given.
 */
export const CallChoicesField = (_props: FieldProps) => {
    const call = useRecordContext<PhoneCall>();
    const translate = useTranslate();
    if (!call?.choices?.length) return null;
    const label = (choice: string) => {
        const meaning = /^\d$/.test(choice) ? translate(`app.call.key.${choice}`, { _: '' }) : '';
        return meaning ? `${choice} · ${meaning}` : choice;
    };
    return (
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} component="span">
            {call.choices.map((choice, index) => (
                <Chip key={index} size="small" variant="outlined" label={label(choice)} />
            ))}
        </Stack>
    );
};
