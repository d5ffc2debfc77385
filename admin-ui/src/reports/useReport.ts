import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { ReportName, ReportPeriod } from '../types';

/** One report over a period; the previous figures stay while new ones load. */
export const useReport = (name: ReportName, period: ReportPeriod) => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    return useQuery({
        queryKey: ['reports', name, period.from, period.to, [...period.departmentIds].sort().join(',')],
        queryFn: () => dataProvider.getReport(name, period).then(({ data }) => data.rows),
        placeholderData: keepPreviousData,
    });
};
