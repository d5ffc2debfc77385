import AutorenewIcon from '@mui/icons-material/Autorenew';
import { Alert, Button, Card, CardContent, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, Loading, Title, useNotify, useTranslate } from 'react-admin';
import { getRecoveryCodesLeft, makeRecoveryCodes } from '../auth/recoveryCodeApi';
import { RecoveryCodeList } from '../auth/RecoveryCodeList';

/** An administrator's own second factor: how many recovery codes are left, and new ones (shown once). */
export const SecondFactorPage = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const queryClient = useQueryClient();
    const [confirming, setConfirming] = useState(false);
    const left = useQuery({ queryKey: ['profile', 'recovery-codes'], queryFn: getRecoveryCodesLeft });
    const make = useMutation({
        mutationFn: makeRecoveryCodes,
        onSuccess: (codes) => queryClient.setQueryData(['profile', 'recovery-codes'], codes.length),
        onError: (e: Error) => notify(e.message || 'ra.notification.http_error', { type: 'error' }),
    });
    return (
        <Card sx={{ mt: 2, maxWidth: 720 }}>
            <Title title="app.recovery.page_title" />
            <CardContent>
                <Typography color="text.secondary" sx={{ mb: 2 }}>
                    {translate('app.recovery.page_help')}
                </Typography>
                {left.isPending ? (
                    <Loading />
                ) : left.error ? (
                    <Alert severity="error">{left.error.message || translate('ra.notification.http_error')}</Alert>
                ) : (
                    <Typography sx={{ mb: 2 }} data-testid="recovery-left">
                        {translate('app.recovery.unused', { count: left.data })}
                    </Typography>
                )}
                {make.data && <RecoveryCodeList codes={make.data} />}
                {!make.data && (
                    <Button
                        variant="contained"
                        startIcon={<AutorenewIcon />}
                        onClick={() => setConfirming(true)}
                        disabled={make.isPending}
                    >
                        {translate('app.recovery.regenerate')}
                    </Button>
                )}
                <Confirm
                    isOpen={confirming}
                    title="app.recovery.regenerate_title"
                    content="app.recovery.regenerate_content"
                    onConfirm={() => {
                        setConfirming(false);
                        make.mutate();
                    }}
                    onClose={() => setConfirming(false)}
                />
            </CardContent>
        </Card>
    );
};
