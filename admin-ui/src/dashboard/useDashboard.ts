import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';

/** The figures are asked again this often while the page is open. */
const refreshMs = 60_000;

export const useDashboard = () => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    return useQuery({
        queryKey: ['dashboard'],
        queryFn: () => dataProvider.getDashboard().then(({ data }) => data),
        refetchInterval: refreshMs,
    });
};
