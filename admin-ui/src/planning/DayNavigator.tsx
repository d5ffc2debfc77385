import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Button, IconButton, Stack, TextField, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { addDays, brusselsToday, useFormatDay } from '../common/dates';

interface DayNavigatorProps {
    day: string;
    onChange: (day: string) => void;
}

/** The day shown: a date field between "previous day" and "next day", and a way back to today. */
export const DayNavigator = ({ day, onChange }: DayNavigatorProps) => {
    const translate = useTranslate();
    const formatDay = useFormatDay();
    const today = brusselsToday();
    return (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Tooltip title={translate('app.planning.previous')} disableInteractive>
                <IconButton aria-label={translate('app.planning.previous')} onClick={() => onChange(addDays(day, -1))}>
                    <ChevronLeftIcon />
                </IconButton>
            </Tooltip>
            <TextField
                type="date"
                size="small"
                label={translate('app.planning.day')}
                value={day}
                onChange={(event) => event.target.value && onChange(event.target.value)}
                helperText={formatDay(day)}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'planning-day' } }}
            />
            <Tooltip title={translate('app.planning.next')} disableInteractive>
                <IconButton aria-label={translate('app.planning.next')} onClick={() => onChange(addDays(day, 1))}>
                    <ChevronRightIcon />
                </IconButton>
            </Tooltip>
            <Button onClick={() => onChange(today)} disabled={day === today}>
                {translate('app.planning.today')}
            </Button>
        </Stack>
    );
};
