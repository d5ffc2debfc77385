import PhoneDisabledIcon from '@mui/icons-material/PhoneDisabled';
import PhoneEnabledIcon from '@mui/icons-material/PhoneEnabled';
import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Confirm, useTranslate } from 'react-admin';
import type { PhoneLine } from '../types';
import { useUpdatePhoneLine } from './usePhoneLine';

/**
 * The one big button: close the central line (after a confirmation, with an
 * optional reason) so every caller goes to voicemail, or open it again.
 */
export const LineSwitch = ({ line }: { line: PhoneLine }) => {
    const translate = useTranslate();
    const [reason, setReason] = useState('');
    const [confirming, setConfirming] = useState(false);
    const { mutate, isPending } = useUpdatePhoneLine();

    const close = () =>
        mutate(
            { changes: { closed: true, closedReason: reason.trim() || null }, successMessage: 'app.phone.closed_done' },
            {
                onSuccess: () => setReason(''),
                onSettled: () => setConfirming(false),
            },
        );
    const open = () => mutate({ changes: { closed: false }, successMessage: 'app.phone.opened_done' });

    if (line.closed) {
        return (
            <Button
                variant="contained"
                color="success"
                size="large"
                startIcon={<PhoneEnabledIcon />}
                onClick={open}
                disabled={isPending}
                sx={{ alignSelf: 'flex-start', py: 1.5, px: 3 }}
                data-testid="line-open"
            >
                {translate('app.phone.open_line')}
            </Button>
        );
    }
    return (
        <Stack spacing={2}>
            <TextField
                label={translate('app.phone.reason_label')}
                helperText={translate('app.phone.reason_help')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                disabled={isPending}
                fullWidth
                slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'line-reason' } }}
            />
            <Button
                variant="contained"
                color="error"
                size="large"
                startIcon={<PhoneDisabledIcon />}
                onClick={() => setConfirming(true)}
                disabled={isPending}
                sx={{ alignSelf: 'flex-start', py: 1.5, px: 3 }}
                data-testid="line-close"
            >
                {translate('app.phone.close')}
            </Button>
            <Confirm
                isOpen={confirming}
                loading={isPending}
                title="app.phone.close_title"
                content={reason.trim() ? 'app.phone.close_content_reason' : 'app.phone.close_content'}
                translateOptions={{ reason: reason.trim() }}
                confirm="app.phone.close"
                confirmColor="warning"
                onConfirm={close}
                onClose={() => setConfirming(false)}
            />
        </Stack>
    );
};
