import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';

/** The floor is asked again this often. */
export const floorRefreshMs = 5_000;

/** Who waits longer than this stands out. */
export const longWaitMinutes = 15;

/** Everyone at a location today who waits, is called or is being served. */
export const useFloor = (locationId: string) => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    return useQuery({
        queryKey: ['floor', locationId],
        queryFn: () => dataProvider.getFloor(locationId).then(({ data }) => data),
        refetchInterval: floorRefreshMs,
    });
};
