import { Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { parseUserAgent } from './deviceLabel';

/** "Chrome op Windows", with the full User-Agent header in a tooltip. */
export const DeviceCell = ({ userAgent }: { userAgent: string | null }) => {
    const translate = useTranslate();
    const { browser, os } = parseUserAgent(userAgent ?? '');
    const label =
        browser && os
            ? translate('app.sessions.device', { browser, os })
            : (browser ?? os ?? translate('app.sessions.unknown_device'));
    if (!userAgent) return <Typography variant="body2">{label}</Typography>;
    return (
        <Tooltip title={userAgent} describeChild>
            <Typography variant="body2" component="span" tabIndex={0}>
                {label}
            </Typography>
        </Tooltip>
    );
};
