import CallMadeIcon from '@mui/icons-material/CallMade';
import CallReceivedIcon from '@mui/icons-material/CallReceived';
import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { PhoneCall } from '../types';

/** Inbound: the citizen called the central line. Outbound: an agent called back. */
export const DirectionField = (_props: FieldProps) => {
    const call = useRecordContext<PhoneCall>();
    const translate = useTranslate();
    if (!call) return null;
    const Icon = call.direction === 'outbound' ? CallMadeIcon : CallReceivedIcon;
    return (
        <Stack direction="row" spacing={0.5} alignItems="center" component="span">
            <Icon fontSize="small" color="action" />
            <Typography component="span" variant="body2">
                {translate(`app.call.direction.${call.direction}`, { _: call.direction })}
            </Typography>
        </Stack>
    );
};
