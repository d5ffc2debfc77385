import { useDataProvider } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { DeskInput } from '../desks/DeskInput';
import { LocationInput } from '../locations/LocationInput';
import type { Desk } from '../types';

/**
 * Where: no location and no desk closes every location, a location alone
 * closes it, a desk is a staff absence there. The desks follow the chosen
 * location; choosing another location clears a desk that is not there.
 */
export const ClosurePlaceInputs = () => {
    const dataProvider = useDataProvider();
    const { getValues, setValue } = useFormContext();
    const locationId = useWatch({ name: 'locationId' }) as string | null | undefined;

    const clearDeskElsewhere = async () => {
        const [location, deskId] = getValues(['locationId', 'deskId']) as [string | null, string | null];
        if (!deskId) return;
        const { data: desk } = await dataProvider.getOne<Desk>('desks', { id: deskId });
        if (location && desk.locationId !== location) setValue('deskId', null, { shouldDirty: true });
    };

    return (
        <>
            <LocationInput
                source="locationId"
                emptyText="app.desk_closure.everywhere"
                helperText="app.desk_closure.location_help"
                onChange={() => void clearDeskElsewhere().catch(() => undefined)}
            />
            <DeskInput
                source="deskId"
                deskFilter={locationId ? { locationId } : undefined}
                emptyText="app.desk_closure.no_desk"
                helperText="app.desk_closure.desk_help"
            />
        </>
    );
};
