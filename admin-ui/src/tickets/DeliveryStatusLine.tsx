import DoneIcon from '@mui/icons-material/Done';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import type { Delivery } from '../types';

/** What became of the email that carried an answer; a bounce shows as failed. */
export const DeliveryStatusLine = ({ delivery }: { delivery: Delivery }) => {
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    const { status, error, sentAt } = delivery;
    const text =
        status === 'sent'
            ? translate('app.message.delivery.sent', { date: sentAt ? formatDateTime(sentAt) : '' })
            : status === 'failed'
              ? error
                  ? translate('app.message.delivery.failed', { error })
                  : translate('app.message.delivery.failed_unknown')
              : translate(`app.message.delivery.${status}`, { _: status });
    const Icon = status === 'sent' ? DoneIcon : status === 'failed' ? ErrorOutlineIcon : ScheduleIcon;
    return (
        <Typography
            variant="caption"
            component="p"
            color={status === 'failed' ? 'error' : 'text.secondary'}
            sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 1, overflowWrap: 'anywhere' }}
            data-testid="delivery-status"
            data-status={status}
        >
            <Icon fontSize="inherit" />
            {text}
        </Typography>
    );
};
