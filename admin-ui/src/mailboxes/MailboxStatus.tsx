import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import { MonospaceBlock } from '../common/MonospaceBlock';
import type { Mailbox } from '../types';
import { MailboxHealthChip } from './MailboxHealthChip';

/** What the worker last saw, so an administrator can tell why mail does not arrive. */
export const MailboxStatus = () => {
    const mailbox = useRecordContext<Mailbox>();
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    if (!mailbox) return null;
    const field = (name: string) => translate(`resources.mailboxes.fields.${name}`);
    return (
        <Stack spacing={1} sx={{ mb: 2, width: '100%' }}>
            <Stack direction="row" spacing={1} alignItems="center" sx={{ flexWrap: 'wrap' }}>
                <MailboxHealthChip />
                <Typography variant="body2" color="text.secondary">
                    {field('lastSyncAt')}:{' '}
                    {mailbox.lastSyncAt ? formatDateTime(mailbox.lastSyncAt) : translate('app.mailbox.never')}
                </Typography>
            </Stack>
            {mailbox.lastError && (
                <>
                    <Typography variant="body2" color="error">
                        {field('lastError')}
                        {mailbox.lastErrorAt && ` (${formatDateTime(mailbox.lastErrorAt)})`}:
                    </Typography>
                    <MonospaceBlock>{mailbox.lastError}</MonospaceBlock>
                </>
            )}
        </Stack>
    );
};
