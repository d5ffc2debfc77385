import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Mailbox } from '../types';

/** The server rewrites a mailbox from IMAP_URL at start-up, so edits here do not last. */
export const EnvironmentNote = () => {
    const mailbox = useRecordContext<Mailbox>();
    const translate = useTranslate();
    if (mailbox?.source !== 'env') return null;
    return (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="mailbox-env-note">
            {translate('app.mailbox.env_note')}
        </Alert>
    );
};
