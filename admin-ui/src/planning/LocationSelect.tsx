import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Location } from '../types';

interface LocationSelectProps {
    locations: Location[];
    value: string | null;
    onChange: (locationId: string) => void;
}

export const LocationSelect = ({ locations, value, onChange }: LocationSelectProps) => {
    const translate = useTranslate();
    return (
        <TextField
            select
            size="small"
            label={translate('app.planning.location')}
            value={value ?? ''}
            onChange={(event) => onChange(event.target.value)}
            sx={{ width: { xs: '100%', md: 280 }, flexShrink: 0 }}
            slotProps={{ htmlInput: { 'data-testid': 'planning-location' } }}
        >
            {locations.map((location) => (
                <MenuItem key={location.id} value={location.id}>
                    {location.name}
                </MenuItem>
            ))}
        </TextField>
    );
};
