import BlockIcon from '@mui/icons-material/Block';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { Device } from '../types';

/**
 * Revokes the device's token (DELETE): the kiosk or screen stops working.
 * The server keeps the record, so the row stays as "ingetrokken".
 */
export const RevokeDeviceButton = () => {
    const device = useRecordContext<Device>();
    const dataProvider = useDataProvider();
    const queryClient = useQueryClient();
    const notify = useNotify();
    const [open, setOpen] = useState(false);

    const { mutate, isPending } = useMutation({
        mutationFn: (target: Device) => dataProvider.delete<Device>('devices', { id: target.id, previousData: target }),
        onSuccess: async () => {
            setOpen(false);
            notify('app.device.revoke_done', { type: 'success' });
            await queryClient.invalidateQueries({ queryKey: ['devices'] });
        },
        onError: (error: Error) => {
            setOpen(false);
            notify(error.message || 'ra.notification.http_error', { type: 'error' });
        },
    });

    if (!device || device.revokedAt) return null;
    return (
        <>
            <Button
                label="app.device.revoke"
                color="error"
                onClick={(event) => {
                    event.stopPropagation();
                    setOpen(true);
                }}
                disabled={isPending}
                data-testid="device-revoke"
            >
                <BlockIcon />
            </Button>
            <Confirm
                isOpen={open}
                loading={isPending}
                title="app.device.revoke_title"
                content="app.device.revoke_content"
                translateOptions={{ name: device.name }}
                confirm="app.device.revoke"
                confirmColor="warning"
                onConfirm={() => mutate(device)}
                onClose={() => setOpen(false)}
            />
        </>
    );
};
