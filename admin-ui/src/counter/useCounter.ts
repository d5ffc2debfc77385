import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useGetList } from 'react-admin';
import { brusselsToday } from '../common/dates';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { Desk, Product, Visit } from '../types';

/** The queue and the current visitor are asked again this often. */
export const counterRefreshMs = 5_000;

const all = { page: 1, perPage: 500 };

export const deskQueueKey = (deskId: string) => ['desk-queue', deskId];
export const currentVisitKey = (deskId: string) => ['desk-current', deskId];

/** Who waits for this desk today, in calling order. */
export const useDeskQueue = (deskId: string) => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    return useQuery({
        queryKey: deskQueueKey(deskId),
        queryFn: () => dataProvider.getDeskQueue(deskId).then(({ data }) => data),
        refetchInterval: counterRefreshMs,
    });
};

/**
 * The visitor at this desk: the one being served, else the one called last
 * and not yet come. Asked from the server (today's visits of this desk, one
 * status at a time), so it survives a reload and a second tab.
 */
export const useCurrentVisit = (deskId: string) => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    return useQuery({
        queryKey: currentVisitKey(deskId),
        queryFn: async (): Promise<Visit | null> => {
            const day = brusselsToday();
            const [serving, called] = await Promise.all(
                (['serving', 'called'] as const).map((status) =>
                    dataProvider.getList<Visit>('visits', {
                        filter: { deskId, day, status },
                        sort: { field: 'calledAt', order: 'DESC' },
                        pagination: { page: 1, perPage: 1 },
                    }),
                ),
            );
            return serving.data[0] ?? called.data[0] ?? null;
        },
        refetchInterval: counterRefreshMs,
    });
};

/** A location's desks, for the desk choice and for transfers. */
export const useLocationDesks = (locationId: string | null) =>
    useGetList<Desk>(
        'desks',
        { filter: { locationId }, sort: { field: 'name', order: 'ASC' }, pagination: all },
        { enabled: Boolean(locationId) },
    );

export const useProducts = () =>
    useGetList<Product>('services', { sort: { field: 'nameNl', order: 'ASC' }, pagination: all });
