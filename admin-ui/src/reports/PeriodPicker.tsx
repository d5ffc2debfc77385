import { Button, ButtonGroup, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { presetNames, presetOf, presetRange, type DayRange } from './periods';

interface PeriodPickerProps {
    range: DayRange;
    onChange: (range: DayRange) => void;
}

/** From and to (whole Brussels days, both included), or one of the usual periods in one click. */
export const PeriodPicker = ({ range, onChange }: PeriodPickerProps) => {
    const translate = useTranslate();
    const chosen = presetOf(range);
    const reversed = Boolean(range.from && range.to && range.to < range.from);
    return (
        <Stack spacing={2}>
            <ButtonGroup
                variant="outlined"
                size="small"
                aria-label={translate('app.report.presets')}
                sx={{ flexWrap: 'wrap' }}
            >
                {presetNames.map((preset) => (
                    <Button
                        key={preset}
                        variant={chosen === preset ? 'contained' : 'outlined'}
                        aria-pressed={chosen === preset}
                        onClick={() => onChange(presetRange(preset))}
                        data-testid={`report-preset-${preset}`}
                    >
                        {translate(`app.report.preset.${preset}`)}
                    </Button>
                ))}
            </ButtonGroup>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                <TextField
                    type="date"
                    size="small"
                    label={translate('app.report.from')}
                    value={range.from}
                    onChange={(event) => event.target.value && onChange({ ...range, from: event.target.value })}
                    slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'report-from' } }}
                />
                <TextField
                    type="date"
                    size="small"
                    label={translate('app.report.to')}
                    value={range.to}
                    onChange={(event) => event.target.value && onChange({ ...range, to: event.target.value })}
                    error={reversed}
                    helperText={reversed ? translate('app.report.to_before_from') : undefined}
                    slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'report-to' } }}
                />
            </Stack>
        </Stack>
    );
};
