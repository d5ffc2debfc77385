import SmsFailedIcon from '@mui/icons-material/SmsFailed';
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Contact } from '../types';

/** The citizen's numbers that sent STOP: no text message reaches them any more. */
export const SmsOptedOutField = (_props: FieldProps) => {
    const contact = useRecordContext<Contact>();
    const translate = useTranslate();
    if (!contact?.smsOptedOut) return null;
    if (contact.smsOptedOut.length === 0) {
        return <Typography variant="body2">{translate('app.contact.sms_opted_out_none')}</Typography>;
    }
    return (
        <Stack spacing={0.5} data-testid="contact-sms-opted-out">
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
                {contact.smsOptedOut.map((number) => (
                    <Chip key={number} size="small" color="warning" icon={<SmsFailedIcon />} label={number} />
                ))}
            </Stack>
            <Typography variant="body2" color="text.secondary">
                {translate('app.contact.sms_opted_out_help')}
            </Typography>
        </Stack>
    );
};
