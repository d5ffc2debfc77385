import ReplayIcon from '@mui/icons-material/Replay';
import { Button, useNotify, useRecordContext } from 'react-admin';
import type { QuarantinedEmail } from '../types';
import { TicketCreatedNotice } from './TicketCreatedNotice';
import { useQuarantineAction } from './useQuarantineAction';

/** After a fix on the server, the kept message can become a ticket after all. */
export const RetryButton = () => {
    const record = useRecordContext<QuarantinedEmail>();
    const notify = useNotify();
    const { mutate, isPending } = useQuarantineAction('retryQuarantined', (result) => {
        if (result.status === 'resolved') {
            notify(<TicketCreatedNotice ticketId={result.ticketId} />, { autoHideDuration: 10_000 });
        } else {
            notify('app.quarantine.retry_failed', {
                type: 'error',
                messageArgs: { error: result.error ?? '?' },
                multiLine: true,
            });
        }
    });
    if (!record?.canRetry) return null;
    return (
        <Button
            label="app.quarantine.retry"
            onClick={() => mutate(record.id)}
            disabled={isPending}
            data-testid="quarantine-retry"
        >
            <ReplayIcon />
        </Button>
    );
};
