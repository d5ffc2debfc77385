import BlockIcon from '@mui/icons-material/Block';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { ApiKey } from '../types';

/**
 * Revokes the key (DELETE). The server keeps the record, so the row stays in
 * the list as "ingetrokken" rather than disappearing as react-admin's delete
 * would have it.
 */
export const RevokeApiKeyButton = () => {
    const apiKey = useRecordContext<ApiKey>();
    const dataProvider = useDataProvider();
    const queryClient = useQueryClient();
    const notify = useNotify();
    const [open, setOpen] = useState(false);

    const { mutate, isPending } = useMutation({
        mutationFn: (key: ApiKey) => dataProvider.delete<ApiKey>('api-keys', { id: key.id, previousData: key }),
        onSuccess: async () => {
            setOpen(false);
            notify('app.api_key.revoke_done', { type: 'success' });
            await queryClient.invalidateQueries({ queryKey: ['api-keys'] });
        },
        onError: (error: Error) => {
            setOpen(false);
            notify(error.message || 'ra.notification.http_error', { type: 'error' });
        },
    });

    if (!apiKey || apiKey.revokedAt) return null;
    return (
        <>
            <Button
                label="app.api_key.revoke"
                color="error"
                onClick={(event) => {
                    event.stopPropagation();
                    setOpen(true);
                }}
                disabled={isPending}
                data-testid="api-key-revoke"
            >
                <BlockIcon />
            </Button>
            <Confirm
                isOpen={open}
                loading={isPending}
                title="app.api_key.revoke_title"
                content="app.api_key.revoke_content"
                translateOptions={{ name: apiKey.name }}
                confirm="app.api_key.revoke"
                confirmColor="warning"
                onConfirm={() => mutate(apiKey)}
                onClose={() => setOpen(false)}
            />
        </>
    );
};
