import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useRedirect, type RaRecord } from 'react-admin';

/**
 * For a Create whose answer holds a secret shown this once (an API key, a device token): the record goes to a
 * dialog and nowhere else (not into the cache, not into the list); closing the dialog goes to the list.
 */
export function useShownOnce<T extends RaRecord>(resource: string) {
    const redirect = useRedirect();
    const queryClient = useQueryClient();
    const [created, setCreated] = useState<T | null>(null);
    return {
        created,
        onSuccess: (record: RaRecord) => {
            queryClient.removeQueries({ queryKey: [resource, 'getOne'] });
            setCreated(record as T);
        },
        close: () => {
            setCreated(null);
            redirect('list', resource);
        },
    };
}
