import { Alert, Box, LinearProgress } from '@mui/material';
import { CanAccess, Title, useTranslate } from 'react-admin';
import { usePlanningLocations } from '../planning/usePlanning';
import { DeskPicker } from './DeskPicker';
import { DeskWorkspace } from './DeskWorkspace';
import { useLocationDesks, useProducts } from './useCounter';
import { useDeskChoice } from './useDeskChoice';

const Counter = () => {
    const translate = useTranslate();
    const { data: locations = [], isPending, error } = usePlanningLocations();
    const [choice, setChoice] = useDeskChoice();
    // The location chosen before, else the first.
    const locationId = locations.some((location) => location.id === choice.locationId)
        ? choice.locationId
        : (locations[0]?.id ?? null);
    const desks = useLocationDesks(locationId);
    const products = useProducts();
    const activeDesks = (desks.data ?? []).filter((desk) => desk.active);
    // Never a guess between desks: calling for the wrong one sends a visitor to the wrong counter.
    const desk =
        activeDesks.find((candidate) => candidate.id === choice.deskId) ??
        (activeDesks.length === 1 ? activeDesks[0] : undefined);

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
            <Box sx={{ mt: 2 }}>
                <DeskPicker
                    locations={locations}
                    desks={activeDesks}
                    choice={{ locationId, deskId: desk?.id ?? null }}
                    onChange={setChoice}
                />
            </Box>
            {desks.isPending || products.isPending ? (
                <LinearProgress sx={{ mt: 2 }} />
            ) : desks.error ? (
                <Alert severity="error" sx={{ mt: 2 }}>
                    {desks.error.message}
                </Alert>
            ) : activeDesks.length === 0 ? (
                <Alert severity="info" sx={{ mt: 2 }}>
                    {translate('app.counter.no_desks')}
                </Alert>
            ) : !desk ? (
                <Alert severity="info" sx={{ mt: 2 }} data-testid="choose-desk">
                    {translate('app.counter.choose_desk')}
                </Alert>
            ) : (
                <DeskWorkspace key={desk.id} desk={desk} desks={desks.data ?? []} products={products.data ?? []} />
            )}
        </>
    );
};

/** "Mijn loket": call visitors from the town hall's queue to this desk and serve them. */
export const CounterPage = () => (
    <CanAccess resource="counter" action="list">
        <Title title="app.counter.title" />
        <Counter />
    </CanAccess>
);
