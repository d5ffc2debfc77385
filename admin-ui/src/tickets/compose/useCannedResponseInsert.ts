import { useMutation } from '@tanstack/react-query';
import { useNotify, useTranslate, type Identifier } from 'react-admin';
import type { CannedResponse } from '../../types';
import { useRefreshTicket } from '../useRefreshTicket';
import { applyCannedResponse } from './composeApi';

/**
 * Uses a canned reply on the ticket: the server performs the macro's actions as a normal ticket change and fills
 * in the text for this ticket, which `insert` puts in the compose box.
 */
export const useCannedResponseInsert = (
    ticketId: Identifier,
    version: number | undefined,
    insert: (text: string) => void,
) => {
    const notify = useNotify();
    const translate = useTranslate();
    const refreshTicket = useRefreshTicket();
    return useMutation({
        mutationFn: (canned: CannedResponse) => applyCannedResponse(ticketId, canned.id, version),
        onSuccess: (result) => {
            insert(result.text);
            if (result.changed.length === 0) return;
            const changes = result.changed.map((field) => translate(`resources.tickets.fields.${field}`)).join(', ');
            notify('app.compose.canned_applied', { type: 'info', messageArgs: { changes } });
            return refreshTicket();
        },
        onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    });
};
