import { useCreatePath, useGetIdentity, useNotify, useRecordContext, useRedirect } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { Shortcuts } from '../keyboard/Shortcuts';
import { leaveTextBox } from '../keyboard/useShortcuts';
import type { Ticket } from '../types';
import { neighbourTicket } from './ticketSequence';
import { useTicketChange } from './useTicketChange';

const focusField = (testId: string) => () => {
    const field = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!field) return false;
    field.focus();
};

/** The ticket page's shortcuts: next/previous ticket of the list, reply, note, resolve, assign to me, search. */
export const TicketShortcuts = () => {
    const ticket = useRecordContext<Ticket>();
    const { identity } = useGetIdentity();
    const notify = useNotify();
    const redirect = useRedirect();
    const navigate = useNavigate();
    const createPath = useCreatePath();
    const { change } = useTicketChange();
    if (!ticket) return null;

    const go = (step: 1 | -1) => () => {
        const id = neighbourTicket(String(ticket.id), step);
        if (!id) return notify(step === 1 ? 'app.keyboard.no_next' : 'app.keyboard.no_previous', { type: 'info' });
        redirect('show', 'tickets', id);
    };

    // a merged ticket is read-only history: only moving on and searching
    const work = ticket.mergedIntoId
        ? {}
        : {
              reply: focusField('reply-input'),
              note: focusField('note-input'),
              resolve: () => {
                  if (ticket.status !== 'resolved') change(ticket, { status: 'resolved' }, 'app.keyboard.resolved');
              },
              assignToMe: () => {
                  if (identity && String(ticket.assigneeId ?? '') !== String(identity.id))
                      change(ticket, { assigneeId: String(identity.id) }, 'app.ticket.taken');
              },
          };

    return (
        <Shortcuts
            bindings={{
                nextTicket: go(1),
                previousTicket: go(-1),
                ...work,
                search: () => {
                    navigate(createPath({ resource: 'tickets', type: 'list' }), { state: { focusSearch: true } });
                },
                leaveTextBox,
            }}
        />
    );
};
