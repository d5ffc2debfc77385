import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { LocationSelect } from '../planning/LocationSelect';
import type { Desk, Location } from '../types';
import type { DeskChoice } from './useDeskChoice';

interface DeskPickerProps {
    locations: Location[];
    desks: Desk[];
    choice: DeskChoice;
    onChange: (choice: DeskChoice) => void;
}

/** Where this clerk works: a location, then one of its active desks. */
export const DeskPicker = ({ locations, desks, choice, onChange }: DeskPickerProps) => {
    const translate = useTranslate();
    return (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
            <LocationSelect
                locations={locations}
                value={choice.locationId}
                onChange={(locationId) => onChange({ locationId, deskId: null })}
            />
            <TextField
                select
                size="small"
                label={translate('app.counter.desk')}
                value={desks.some((desk) => desk.id === choice.deskId) ? choice.deskId : ''}
                onChange={(event) => onChange({ ...choice, deskId: event.target.value })}
                disabled={desks.length === 0}
                sx={{ width: { xs: '100%', md: 220 }, flexShrink: 0 }}
                slotProps={{ htmlInput: { 'data-testid': 'counter-desk' } }}
            >
                {desks.map((desk) => (
                    <MenuItem key={desk.id} value={desk.id}>
                        {desk.name}
                    </MenuItem>
                ))}
            </TextField>
        </Stack>
    );
};
