import { useEffect } from 'react';
import { useCreatePath } from 'react-admin';
import { useLocation, useNavigate } from 'react-router-dom';
import { Shortcuts } from '../keyboard/Shortcuts';
import { leaveTextBox } from '../keyboard/useShortcuts';
import { focusedTicketRow, rowAttribute, ticketRows } from './TicketRows';

const searchInput = () => document.querySelector<HTMLInputElement>('[data-testid="ticket-search"]');

/**
 * Moves the focus `step` rows on. Without a focused row, j/k enter the list at its tab stop; the arrow keys are
 * then left to the browser (they scroll the page).
 */
const move = (step: 1 | -1) => (event: KeyboardEvent) => {
    const rows = ticketRows();
    const current = focusedTicketRow();
    if (!current) {
        if (event.key.startsWith('Arrow')) return false;
        (rows.find((row) => row.tabIndex === 0) ?? rows[0])?.focus();
        return;
    }
    rows[Math.min(rows.length - 1, Math.max(0, rows.indexOf(current) + step))]?.focus();
};

/** The ticket list's shortcuts: move between rows, open one, search. */
export const TicketListShortcuts = () => {
    const navigate = useNavigate();
    const createPath = useCreatePath();
    const location = useLocation();
    const focusSearch = (location.state as { focusSearch?: boolean } | null)?.focusSearch;

    // `/` on a ticket page comes back here to search
    useEffect(() => {
        if (focusSearch) searchInput()?.focus();
    }, [focusSearch]);

    return (
        <Shortcuts
            bindings={{
                next: move(1),
                previous: move(-1),
                open: () => {
                    const id = focusedTicketRow()?.getAttribute(rowAttribute);
                    if (!id) return false;
                    navigate(createPath({ resource: 'tickets', id, type: 'show' }));
                },
                search: () => {
                    const input = searchInput();
                    if (!input) return false;
                    input.focus();
                    input.select();
                },
                leaveTextBox,
            }}
        />
    );
};
