import { TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { brusselsWallClockToOffsetIso, toBrusselsWallClock } from '../common/dates';

// What a datetime-local input holds once both the date and the time are filled in.
const complete = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

interface TypedTimeInputProps {
    value: string | null;
    onChange: (start: string | null) => void;
    disabled?: boolean;
}

/**
 * A time typed by staff, for what the free times do not show (short
 * notice, a product not bookable online): read as Brussels time and passed
 * on as ISO 8601 with the offset. The server still checks that a desk is free.
 */
export const TypedTimeInput = ({ value, onChange, disabled }: TypedTimeInputProps) => {
    const translate = useTranslate();
    const [text, setText] = useState(value ? toBrusselsWallClock(value) : '');
    return (
        <TextField
            type="datetime-local"
            fullWidth
            label={translate('app.slot.typed_label')}
            helperText={translate('app.slot.typed_help')}
            value={text}
            onChange={(event) => {
                const typed = event.target.value;
                setText(typed);
                onChange(complete.test(typed) ? brusselsWallClockToOffsetIso(typed) : null);
            }}
            disabled={disabled}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300, 'data-testid': 'slot-typed' } }}
        />
    );
};
