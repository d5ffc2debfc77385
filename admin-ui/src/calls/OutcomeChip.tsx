import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { CallOutcome, PhoneCall } from '../types';

const colors: Record<CallOutcome, ChipProps['color']> = {
    connected: 'success',
    status_told: 'success',
    voicemail: 'info',
    voicemail_offered: 'warning',
    routing: 'default',
    missed: 'error',
    abandoned: 'error',
};

/** How the call ended; while it has no outcome yet, Twilio's status of the call. */
export const OutcomeChip = (_props: FieldProps) => {
    const call = useRecordContext<PhoneCall>();
    const translate = useTranslate();
    if (!call) return null;
    if (!call.outcome) {
        return (
            <Chip
                size="small"
                variant="outlined"
                label={translate(`app.call.status.${call.status}`, { _: call.status })}
            />
        );
    }
    return (
        <Chip
            size="small"
            color={colors[call.outcome] ?? 'default'}
            label={translate(`app.call.outcome.${call.outcome}`, { _: call.outcome })}
            data-testid="call-outcome"
            data-outcome={call.outcome}
        />
    );
};
