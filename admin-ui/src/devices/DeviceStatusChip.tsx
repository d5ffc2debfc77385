import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import type { Device } from '../types';

/** Active, or revoked (the date in the tooltip). */
export const DeviceStatusChip = () => {
    const device = useRecordContext<Device>();
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    if (!device) return null;
    return device.revokedAt ? (
        <Chip
            size="small"
            variant="outlined"
            label={translate('app.device.revoked')}
            title={translate('app.device.revoked_at', { date: formatDateTime(device.revokedAt) })}
            data-testid="device-revoked"
        />
    ) : (
        <Chip size="small" color="success" label={translate('app.device.active')} data-testid="device-active" />
    );
};
