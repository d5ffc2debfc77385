import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { CanAccess, Title, useStore, useTranslate } from 'react-admin';
import { LocationSelect } from '../planning/LocationSelect';
import { usePlanningLocations } from '../planning/usePlanning';
import { FloorCounts } from './FloorCounts';
import { FloorTable } from './FloorTable';
import { longWaitMinutes, useFloor } from './useFloor';

const FloorView = ({ locationId }: { locationId: string }) => {
    const { data, isPending, error } = useFloor(locationId);
    if (isPending) return <LinearProgress sx={{ mt: 2 }} />;
    if (error) return <Alert severity="error">{error.message}</Alert>;
    return (
        <Stack spacing={2}>
            <FloorCounts visits={data} />
            <FloorTable visits={data} />
        </Stack>
    );
};

const Floor = () => {
    const translate = useTranslate();
    const { data: locations = [], isPending, error } = usePlanningLocations();
    const [storedLocation, setLocation] = useStore<string | null>('floor.locationId', null);
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
        <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
            <LocationSelect locations={locations} value={locationId} onChange={setLocation} />
            <Typography variant="body2" color="text.secondary">
                {translate('app.floor.help', { smart_count: longWaitMinutes })}
            </Typography>
            <FloorView key={locationId} locationId={locationId} />
        </Stack>
    );
};

/** "Wachtzaal": the reception's view of who waits, who is called and who is at a desk. */
export const FloorPage = () => (
    <CanAccess resource="floor" action="list">
        <Title title="app.floor.title" />
        <Floor />
    </CanAccess>
);
