import { Card, Grid } from '@mui/material';
import { BooleanField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import type { Location } from '../types';
import { HoursCard } from './HoursCard';
import { LocationDesks } from './LocationDesks';

const LocationHoursPanel = () => {
    const location = useRecordContext<Location>();
    return location ? <HoursCard locationId={location.id} /> : null;
};

/** A location read-only, with its desks and hours: for agents and staff. */
export const LocationShow = () => (
    <Show component="div">
        <Grid container spacing={2} sx={{ mb: 2 }}>
            <Grid size={{ xs: 12, lg: 5 }}>
                <Card>
                    <SimpleShowLayout>
                        <TextField source="name" />
                        <TextField source="address" emptyText="app.none" sx={{ whiteSpace: 'pre-wrap' }} />
                        <BooleanField source="active" />
                    </SimpleShowLayout>
                </Card>
            </Grid>
            <Grid size={{ xs: 12, lg: 7 }}>
                <LocationDesks />
            </Grid>
            <Grid size={12}>
                <LocationHoursPanel />
            </Grid>
        </Grid>
    </Show>
);
