import CallMergeIcon from '@mui/icons-material/CallMerge';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
    AutocompleteInput,
    Button,
    Confirm,
    Form,
    ReferenceInput,
    required,
    useCreatePath,
    useDataProvider,
    useNotify,
    useRecordContext,
    useRedirect,
    useTranslate,
} from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { Ticket } from '../types';
import { useRefreshTicket } from './useRefreshTicket';

const ticketLabel = (ticket: Ticket) => `${ticket.reference} — ${ticket.subject}`;
const emptyForm = {};

/** Merges this ticket (a duplicate) into another one, which survives. */
export const MergeButton = () => {
    const ticket = useRecordContext<Ticket>();
    const translate = useTranslate();
    const notify = useNotify();
    const redirect = useRedirect();
    const createPath = useCreatePath();
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const refreshTicket = useRefreshTicket();
    const [open, setOpen] = useState(false);
    const [target, setTarget] = useState<Ticket | null>(null);
    const [confirming, setConfirming] = useState(false);

    const { mutate, isPending } = useMutation({
        mutationFn: ({ ticketId, targetId }: { ticketId: string; targetId: string }) =>
            dataProvider.mergeTicket(ticketId, { targetId }),
        onSuccess: async ({ data: survivor }) => {
            setConfirming(false);
            setOpen(false);
            notify('app.ticket.merge.done', { type: 'success', messageArgs: { reference: survivor.reference } });
            await refreshTicket();
            redirect(createPath({ resource: 'tickets', id: survivor.id, type: 'show' }));
        },
        onError: (error: Error) => {
            setConfirming(false);
            notify(error.message || 'ra.notification.http_error', { type: 'error' });
        },
    });

    if (!ticket) return null;
    const close = () => {
        setOpen(false);
        setTarget(null);
    };

    return (
        <>
            <Button label="app.ticket.merge.button" onClick={() => setOpen(true)}>
                <CallMergeIcon />
            </Button>
            <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
                <Form record={emptyForm} onSubmit={() => setConfirming(true)}>
                    <DialogTitle>{translate('app.ticket.merge.title', { reference: ticket.reference })}</DialogTitle>
                    <DialogContent>
                        <DialogContentText sx={{ mb: 2 }}>
                            {translate('app.ticket.merge.explanation', { reference: ticket.reference })}
                        </DialogContentText>
                        <ReferenceInput
                            source="targetId"
                            reference="tickets"
                            sort={{ field: 'createdAt', order: 'DESC' }}
                        >
                            <AutocompleteInput
                                label="app.ticket.merge.target"
                                optionText={ticketLabel}
                                filterToQuery={(q) => ({ q })}
                                getOptionDisabled={(option: Ticket) => option.id === ticket.id}
                                onChange={(_, choice) => setTarget((choice as Ticket | undefined) ?? null)}
                                validate={required()}
                                fullWidth
                            />
                        </ReferenceInput>
                    </DialogContent>
                    <DialogActions>
                        <Button label="ra.action.cancel" onClick={close} />
                        <Button label="app.ticket.merge.button" type="submit" variant="contained" disabled={!target}>
                            <CallMergeIcon />
                        </Button>
                    </DialogActions>
                </Form>
            </Dialog>
            <Confirm
                isOpen={confirming}
                loading={isPending}
                title="app.ticket.merge.confirm_title"
                content="app.ticket.merge.confirm_content"
                translateOptions={{ source: ticket.reference, target: target?.reference ?? '' }}
                onConfirm={() => target && mutate({ ticketId: ticket.id, targetId: target.id })}
                onClose={() => setConfirming(false)}
            />
        </>
    );
};
