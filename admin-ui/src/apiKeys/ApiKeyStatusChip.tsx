import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import type { ApiKey } from '../types';

/** Active, or revoked (the date in the tooltip). */
export const ApiKeyStatusChip = () => {
    const apiKey = useRecordContext<ApiKey>();
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    if (!apiKey) return null;
    return apiKey.revokedAt ? (
        <Chip
            size="small"
            variant="outlined"
            label={translate('app.api_key.revoked')}
            title={translate('app.api_key.revoked_at', { date: formatDateTime(apiKey.revokedAt) })}
            data-testid="api-key-revoked"
        />
    ) : (
        <Chip size="small" color="success" label={translate('app.api_key.active')} data-testid="api-key-active" />
    );
};
