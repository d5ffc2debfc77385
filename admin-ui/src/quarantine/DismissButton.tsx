import DoneIcon from '@mui/icons-material/Done';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext } from 'react-admin';
import type { QuarantinedEmail } from '../types';
import { useQuarantineAction } from './useQuarantineAction';

/** For spam, or mail an agent handled another way. */
export const DismissButton = () => {
    const record = useRecordContext<QuarantinedEmail>();
    const notify = useNotify();
    const [confirming, setConfirming] = useState(false);
    const { mutate, isPending } = useQuarantineAction('dismissQuarantined', () => {
        setConfirming(false);
        notify('app.quarantine.dismissed', { type: 'success' });
    });
    if (record?.status !== 'held') return null;
    return (
        <>
            <Button label="app.quarantine.dismiss" onClick={() => setConfirming(true)} data-testid="quarantine-dismiss">
                <DoneIcon />
            </Button>
            <Confirm
                isOpen={confirming}
                loading={isPending}
                title="app.quarantine.dismiss_title"
                content="app.quarantine.dismiss_content"
                onConfirm={() => mutate(record.id)}
                onClose={() => setConfirming(false)}
            />
        </>
    );
};
