import { useNotify, useUpdate } from 'react-admin';
import type { Ticket } from '../types';
import { useRefreshTicket } from './useRefreshTicket';

/** One change to a ticket, saved at once (pessimistic), told in a notification, then the ticket page refreshed. */
export const useTicketChange = () => {
    const notify = useNotify();
    const refreshTicket = useRefreshTicket();
    const [update, { isPending }] = useUpdate<Ticket>();
    const change = (ticket: Ticket, data: Partial<Ticket>, done: string) =>
        update(
            'tickets',
            { id: ticket.id, data, previousData: ticket },
            {
                mutationMode: 'pessimistic',
                onSuccess: () => {
                    notify(done, { type: 'success' });
                    return refreshTicket();
                },
                onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
            },
        );
    return { change, isPending };
};
