import { useQueryClient } from '@tanstack/react-query';

/**
 * After a reply, note, merge or change, the server adds messages and
 * timeline events and may update the ticket itself (status, timestamps);
 * a call-back adds a call.
 */
export const useRefreshTicket = () => {
    const queryClient = useQueryClient();
    return () =>
        Promise.all(
            ['tickets', 'messages', 'ticket-events', 'calls'].map((resource) =>
                queryClient.invalidateQueries({ queryKey: [resource] }),
            ),
        );
};
