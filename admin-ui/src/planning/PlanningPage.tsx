import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { CanAccess, Title, useStore, useTranslate } from 'react-admin';
import { brusselsToday } from '../common/dates';
import { DayNavigator } from './DayNavigator';
import { DeskBoard } from './DeskBoard';
import { LocationSelect } from './LocationSelect';
import { usePlanningLocations } from './usePlanning';

const Planning = () => {
    const translate = useTranslate();
    const { data: locations = [], isPending, error } = usePlanningLocations();
    // The location last looked at, else the first.
    const [storedLocation, setLocation] = useStore<string | null>('planning.locationId', null);
    const [day, setDay] = useState(brusselsToday);
    const locationId = locations.some((location) => location.id === storedLocation)
        ? storedLocation
        : (locations[0]?.id ?? null);

    if (isPending) return <LinearProgress sx={{ mt: 2 }} />;
    if (error)
        return (
            <Alert severity="error" sx={{ mt: 2 }}>
                {error.message}
            </Alert>
        );
    if (!locationId)
        return (
            <Alert severity="info" sx={{ mt: 2 }}>
                {translate('app.planning.no_locations')}
            </Alert>
        );

    return (
        <>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 2, alignItems: { md: 'flex-start' } }}>
                <LocationSelect locations={locations} value={locationId} onChange={setLocation} />
                <DayNavigator day={day} onChange={setDay} />
            </Stack>
            <Typography variant="body2" color="text.secondary">
                {translate('app.planning.refresh_help')}
            </Typography>
            <DeskBoard locationId={locationId} day={day} />
        </>
    );
};

/** "Dagplanning": per desk of a location, the appointments of a day; walk-ins are registered here. */
export const PlanningPage = () => (
    <CanAccess resource="planning" action="list">
        <Title title="app.planning.title" />
        <Planning />
    </CanAccess>
);
