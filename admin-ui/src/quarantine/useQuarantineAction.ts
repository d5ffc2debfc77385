import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { QuarantinedEmail } from '../types';

type Action = 'retryQuarantined' | 'dismissQuarantined';

/** Runs a quarantine action and refreshes the record, the list and the menu badge. */
export const useQuarantineAction = (action: Action, onDone: (record: QuarantinedEmail) => void) => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const queryClient = useQueryClient();
    const notify = useNotify();
    return useMutation({
        mutationFn: (id: string) => dataProvider[action](id),
        onSuccess: async ({ data }) => {
            onDone(data);
            await queryClient.invalidateQueries({ queryKey: ['quarantine'] });
        },
        onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    });
};
