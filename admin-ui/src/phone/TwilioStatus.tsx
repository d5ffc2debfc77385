import { Alert, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PhoneLine } from '../types';

/** Whether the server can use Twilio at all, and the number citizens call. */
export const TwilioStatus = ({ line }: { line: PhoneLine }) => {
    const translate = useTranslate();
    if (!line.configured) {
        return (
            <Alert severity="warning" data-testid="twilio-status" data-configured="false">
                {translate('app.phone.not_configured')}
            </Alert>
        );
    }
    return (
        <Alert severity="info" data-testid="twilio-status" data-configured="true">
            {translate('app.phone.configured')}
            <Typography variant="body2" component="p" sx={{ mt: 0.5 }}>
                {line.phoneNumber ? (
                    <>
                        {translate('app.phone.number')} <strong data-testid="central-number">{line.phoneNumber}</strong>
                    </>
                ) : (
                    translate('app.phone.no_number')
                )}
            </Typography>
        </Alert>
    );
};
