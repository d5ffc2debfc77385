import { Button, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Slot } from '../types';
import { slotTime } from './slotDays';

interface TimeButtonsProps {
    slots: Slot[];
    value: string | null;
    onChange: (start: string) => void;
    disabled?: boolean;
}

/** The free times of one day as buttons; the chosen one stands out. */
export const TimeButtons = ({ slots, value, onChange, disabled }: TimeButtonsProps) => {
    const translate = useTranslate();
    return (
        <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ flexWrap: 'wrap' }}
            role="group"
            aria-label={translate('app.slot.time')}
            data-testid="slot-times"
        >
            {slots.map((slot) => {
                const chosen = slot.start === value;
                return (
                    <Button
                        key={slot.start}
                        size="small"
                        variant={chosen ? 'contained' : 'outlined'}
                        aria-pressed={chosen}
                        title={translate('app.slot.free_desks', { smart_count: slot.freeDesks })}
                        onClick={() => onChange(slot.start)}
                        disabled={disabled}
                        sx={{ minWidth: 72, fontVariantNumeric: 'tabular-nums' }}
                    >
                        {slotTime(slot.start)}
                    </Button>
                );
            })}
        </Stack>
    );
};
