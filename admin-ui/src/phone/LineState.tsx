import PhoneDisabledIcon from '@mui/icons-material/PhoneDisabled';
import PhoneEnabledIcon from '@mui/icons-material/PhoneEnabled';
import { Alert, AlertTitle, Typography } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import type { PhoneLine, User } from '../types';

/** Open or closed, in large; when closed: by whom, since when and why. */
export const LineState = ({ line }: { line: PhoneLine }) => {
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    const { data: closedBy } = useGetOne<User>(
        'users',
        { id: line.closedByUserId ?? '' },
        { enabled: Boolean(line.closed && line.closedByUserId) },
    );

    if (!line.closed) {
        return (
            <Alert severity="success" icon={<PhoneEnabledIcon />} data-testid="line-state" data-closed="false">
                <AlertTitle>{translate('app.phone.open')}</AlertTitle>
                {translate('app.phone.open_help')}
            </Alert>
        );
    }
    const date = line.closedAt ? formatDateTime(line.closedAt) : '?';
    return (
        <Alert severity="error" icon={<PhoneDisabledIcon />} data-testid="line-state" data-closed="true">
            <AlertTitle>{translate('app.phone.closed')}</AlertTitle>
            {translate('app.phone.closed_help')}
            <Typography variant="body2" component="p" sx={{ mt: 1 }}>
                {closedBy
                    ? translate('app.phone.closed_by', { name: closedBy.name, date })
                    : translate('app.phone.closed_at', { date })}
            </Typography>
            {line.closedReason && (
                <Typography variant="body2" component="p">
                    {translate('app.phone.reason', { reason: line.closedReason })}
                </Typography>
            )}
        </Alert>
    );
};
