import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Mailbox, MailboxHealth } from '../types';

const looks: Record<MailboxHealth, Pick<ChipProps, 'color' | 'variant'>> = {
    ok: { color: 'success', variant: 'filled' },
    error: { color: 'error', variant: 'filled' },
    waiting: { color: 'default', variant: 'filled' },
    inactive: { color: 'default', variant: 'outlined' },
};

export const MailboxHealthChip = () => {
    const mailbox = useRecordContext<Mailbox>();
    const translate = useTranslate();
    if (!mailbox) return null;
    return (
        <Chip
            size="small"
            {...looks[mailbox.health]}
            label={translate(`resources.mailboxes.health.${mailbox.health}`, { _: mailbox.health })}
        />
    );
};
