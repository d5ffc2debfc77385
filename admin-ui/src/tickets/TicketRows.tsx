import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
    DataTableBody,
    DataTableRow,
    useListContext,
    useRecordContext,
    type DataTableBodyProps,
    type DataTableRowProps,
} from 'react-admin';
import type { Ticket } from '../types';
import { rememberTicketSequence } from './ticketSequence';

/**
 * Keyboard access to the rows of the ticket list, as a "roving tab stop": Tab enters the list on one row (the last
 * one focused, else the first), the arrow keys or j/k move between rows (bound in TicketListShortcuts), Enter opens.
 * One tab stop for the list instead of 25 keeps Tab usable for the rest of the page.
 */
const ActiveRow = createContext<{ activeId: string | undefined; setActiveId: (id: string) => void }>({
    activeId: undefined,
    setActiveId: () => undefined,
});

export const TicketRowsProvider = ({ children }: { children: ReactNode }) => {
    const [activeId, setActiveId] = useState<string>();
    const value = useMemo(() => ({ activeId, setActiveId }), [activeId]);
    return <ActiveRow.Provider value={value}>{children}</ActiveRow.Provider>;
};

/** Inside the row that is the list's tab stop, a cell's own focusable part (the SLA tooltip) is one Tab further. */
const RowIsTabStop = createContext(false);
export const useRowIsTabStop = () => useContext(RowIsTabStop);

/** Where a row's ticket id is on the page: the keyboard code finds rows by it. */
export const rowAttribute = 'data-ticket-row';

export const ticketRows = () => [...document.querySelectorAll<HTMLElement>(`[${rowAttribute}]`)];

export const focusedTicketRow = () => {
    const active = document.activeElement;
    return active instanceof HTMLElement && active.hasAttribute(rowAttribute) ? active : undefined;
};

const TicketRow = (props: DataTableRowProps) => {
    const ticket = useRecordContext<Ticket>();
    const { data } = useListContext<Ticket>();
    const { activeId, setActiveId } = useContext(ActiveRow);
    if (!ticket) return null;
    const activeShown = data?.some((row) => row.id === activeId);
    const tabStop = activeShown ? ticket.id === activeId : ticket.id === data?.[0]?.id;
    return (
        <RowIsTabStop.Provider value={tabStop}>
            <DataTableRow
                {...props}
                tabIndex={tabStop ? 0 : -1}
                {...{ [rowAttribute]: ticket.id }}
                onFocus={(event) => {
                    if (event.target === event.currentTarget) setActiveId(String(ticket.id));
                }}
            />
        </RowIsTabStop.Provider>
    );
};

/** The list's body: focusable rows, and the order of the tickets shown kept for j/k on the ticket page. */
export const TicketRowsBody = (props: DataTableBodyProps) => {
    const { data } = useListContext<Ticket>();
    useEffect(() => {
        if (data) rememberTicketSequence(data.map((ticket) => String(ticket.id)));
    }, [data]);
    return <DataTableBody {...props} row={TicketRow} />;
};
