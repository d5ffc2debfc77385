import KeyOffIcon from '@mui/icons-material/KeyOff';
import { Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { resetSecondFactor } from '../auth/recoveryCodeApi';
import type { User } from '../types';

/**
 * The lost-phone path: an administrator resets a colleague's second factor, who sets it up again at the next
 * login. Not on one's own record (the server refuses that too): one's own codes are on "Mijn tweede factor".
 */
export const ResetSecondFactorButton = () => {
    const user = useRecordContext<User>();
    const { identity } = useGetIdentity();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const [confirming, setConfirming] = useState(false);
    const reset = useMutation({
        mutationFn: (id: string) => resetSecondFactor(id),
        onSuccess: () => {
            notify('app.recovery.reset_done', { type: 'success' });
            refresh();
        },
        onError: (e: Error) => notify(e.message || 'ra.notification.http_error', { type: 'error' }),
    });
    if (!user?.secondFactor || user.id === identity?.id) return null;
    return (
        <>
            <Button
                color="warning"
                startIcon={<KeyOffIcon />}
                onClick={() => setConfirming(true)}
                disabled={reset.isPending}
            >
                {translate('app.recovery.reset')}
            </Button>
            <Confirm
                isOpen={confirming}
                title="app.recovery.reset_title"
                content="app.recovery.reset_content"
                translateOptions={{ name: user.name }}
                onConfirm={() => {
                    setConfirming(false);
                    reset.mutate(user.id);
                }}
                onClose={() => setConfirming(false)}
            />
        </>
    );
};
