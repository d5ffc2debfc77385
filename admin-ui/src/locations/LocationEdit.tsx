import { Card, Grid } from '@mui/material';
import { Edit, useRecordContext } from 'react-admin';
import type { Location } from '../types';
import { HoursCard } from './HoursCard';
import { LocationDesks } from './LocationDesks';
import { LocationForm } from './LocationForm';

/** The hours are saved on their own, so they sit below the form, not in it; their table takes the whole width. */
const LocationHoursPanel = () => {
    const location = useRecordContext<Location>();
    return location ? <HoursCard locationId={location.id} /> : null;
};

export const LocationEdit = () => (
    <Edit mutationMode="pessimistic" redirect={false} component="div">
        <Grid container spacing={2} sx={{ mb: 2 }}>
            <Grid size={{ xs: 12, lg: 5 }}>
                <Card>
                    <LocationForm />
                </Card>
            </Grid>
            <Grid size={{ xs: 12, lg: 7 }}>
                <LocationDesks />
            </Grid>
            <Grid size={12}>
                <LocationHoursPanel />
            </Grid>
        </Grid>
    </Edit>
);
