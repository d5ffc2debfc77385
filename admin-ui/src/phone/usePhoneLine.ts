import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { PhoneLine, PhoneLineChange } from '../types';

const phoneLineKey = ['phone', 'line'];

export const usePhoneLine = () => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    return useQuery({
        queryKey: phoneLineKey,
        queryFn: () => dataProvider.getPhoneLine().then(({ data }) => data),
    });
};

/** Saves a change of the line; the server answers with the whole line, which replaces the cached one. */
export const useUpdatePhoneLine = () => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const queryClient = useQueryClient();
    const notify = useNotify();
    return useMutation({
        mutationFn: ({ changes }: { changes: PhoneLineChange; successMessage: string }) =>
            dataProvider.updatePhoneLine(changes).then(({ data }) => data),
        onSuccess: (line: PhoneLine, { successMessage }) => {
            queryClient.setQueryData(phoneLineKey, line);
            notify(successMessage, { type: 'success' });
        },
        onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    });
};
