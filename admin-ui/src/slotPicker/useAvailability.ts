import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { addDays, brusselsToday } from '../common/dates';
import type { VoordeurDataProvider } from '../providers/dataProvider';

/** How far ahead the picker looks: one call covers it (the server allows 62 days). */
export const pickerDays = 60;

/**
 * The free times of a product from today for 60 days, in one call. Only
 * for products bookable online: the public endpoint refuses the others.
 */
export const useAvailability = (serviceId: string | null, enabled = true) => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const from = brusselsToday();
    const to = addDays(from, pickerDays - 1);
    return useQuery({
        queryKey: ['availability', serviceId, from, to],
        queryFn: () => dataProvider.getAvailability(serviceId as string, from, to).then(({ data }) => data),
        enabled: enabled && Boolean(serviceId),
        staleTime: 0,
    });
};
