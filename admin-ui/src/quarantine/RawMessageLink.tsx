import DownloadIcon from '@mui/icons-material/Download';
import { Link, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { QuarantinedEmail } from '../types';

// A plain link: the download is same-origin, so the session cookie goes along.
export const RawMessageLink = (_props: { label?: string }) => {
    const record = useRecordContext<QuarantinedEmail>();
    const translate = useTranslate();
    if (!record) return null;
    if (!record.rawUrl) {
        return (
            <Typography variant="body2" color="text.secondary">
                {translate('app.quarantine.no_raw')}
            </Typography>
        );
    }
    return (
        <Link
            href={record.rawUrl}
            download={`quarantine-${record.id}.eml`}
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
        >
            <DownloadIcon fontSize="small" />
            {translate('app.quarantine.download')}
        </Link>
    );
};
