import NetworkCheckIcon from '@mui/icons-material/NetworkCheck';
import { Tooltip } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { Button, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { Mailbox, MailboxTestResult } from '../types';

/**
 * The server tests the stored settings, not what is typed in the form, so
 * the button waits until the changes are saved.
 */
export const TestConnectionButton = () => {
    const mailbox = useRecordContext<Mailbox>();
    const { isDirty } = useFormState();
    const translate = useTranslate();
    const notify = useNotify();
    const dataProvider = useDataProvider<VoordeurDataProvider>();

    const { mutate, isPending } = useMutation({
        mutationFn: (id: string) => dataProvider.testMailbox(id),
        onSuccess: ({ data }: { data: MailboxTestResult }) => {
            if (!data.ok) {
                notify('app.mailbox.test_failed', { type: 'error', messageArgs: { error: data.error ?? '?' } });
            } else if (data.messages == null) {
                notify('app.mailbox.test_ok_plain', { type: 'success' });
            } else {
                notify('app.mailbox.test_ok', {
                    type: 'success',
                    messageArgs: { smart_count: data.messages, folder: mailbox?.folder ?? '' },
                });
            }
        },
        onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    });

    if (!mailbox) return null;
    return (
        <Tooltip title={isDirty ? translate('app.mailbox.test_save_first') : ''}>
            {/* A disabled button fires no events; the span keeps the tooltip working. */}
            <span>
                <Button
                    label="app.mailbox.test"
                    onClick={() => mutate(mailbox.id)}
                    disabled={isDirty || isPending}
                    data-testid="mailbox-test"
                >
                    <NetworkCheckIcon />
                </Button>
            </span>
        </Tooltip>
    );
};
