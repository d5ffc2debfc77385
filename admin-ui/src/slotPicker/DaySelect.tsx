import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatDay } from '../common/dates';
import type { Slot } from '../types';

interface DaySelectProps {
    days: Map<string, Slot[]>;
    value: string | null;
    onChange: (day: string) => void;
    disabled?: boolean;
}

/** The days with free times, each with how many. */
export const DaySelect = ({ days, value, onChange, disabled }: DaySelectProps) => {
    const translate = useTranslate();
    const formatDay = useFormatDay();
    return (
        <TextField
            select
            fullWidth
            label={translate('app.slot.day')}
            value={value && days.has(value) ? value : ''}
            onChange={(event) => onChange(event.target.value)}
            disabled={disabled}
            slotProps={{ htmlInput: { 'data-testid': 'slot-day' } }}
        >
            {[...days].map(([day, slots]) => (
                <MenuItem key={day} value={day}>
                    {translate('app.slot.day_option', { day: formatDay(day), smart_count: slots.length })}
                </MenuItem>
            ))}
        </TextField>
    );
};
