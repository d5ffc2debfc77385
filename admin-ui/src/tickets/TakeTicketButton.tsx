import PanToolIcon from '@mui/icons-material/PanTool';
import { Button, useGetIdentity, useNotify, useRecordContext, useUpdate } from 'react-admin';
import { useVersionConflict } from '../common/conflict/useVersionConflict';
import type { Ticket } from '../types';
import { useRefreshTicket } from './useRefreshTicket';

/** One click to make a ticket one's own; handing it to someone else stays in the assignee select. */
export const TakeTicketButton = () => {
    const ticket = useRecordContext<Ticket>();
    const { identity } = useGetIdentity();
    const notify = useNotify();
    const refreshTicket = useRefreshTicket();
    const [update, { isPending }] = useUpdate<Ticket>();
    const conflict = useVersionConflict('tickets', { onSaved: refreshTicket });
    if (!ticket || !identity || String(ticket.assigneeId ?? '') === String(identity.id)) return null;

    const take = () =>
        update(
            'tickets',
            { id: ticket.id, data: { assigneeId: String(identity.id) }, previousData: ticket },
            {
                mutationMode: 'pessimistic',
                onSuccess: () => {
                    notify('app.ticket.taken', { type: 'success' });
                    return refreshTicket();
                },
                onError: (error, variables) => conflict.onError(error, variables),
            },
        );

    return (
        <>
            {conflict.dialog}
            <Button
                label="app.ticket.take"
                variant="contained"
                onClick={take}
                disabled={isPending}
                fullWidth
                data-testid="take-ticket"
            >
                <PanToolIcon />
            </Button>
        </>
    );
};
