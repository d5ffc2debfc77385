import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { apiUrl } from '../providers/httpClient';
import { playNewTicketTone, showNewTicketNotification } from './alerts';
import type { PresenceLiveEvent, TicketLiveEvent, Viewer } from './liveEvents';

interface LiveState {
    /** who is on each ticket (usePresence leaves the user out) */
    presence: ReadonlyMap<string, Viewer[]>;
    /** tickets created since the user last looked at the ticket list */
    newTickets: number;
}

const LiveContext = createContext<LiveState>({ presence: new Map(), newTickets: 0 });

export const useLive = () => useContext(LiveContext);

/** Where the list lives; being there counts as having seen the new tickets. */
const isTicketList = (pathname: string) => /^\/tickets\/?$/.test(pathname);

// Changes often come in bursts (a reply also changes the status): one refetch for a burst, still well within a second.
const REFETCH_DELAY_MS = 100;
// A stream the browser gave up on (the server refused it, e.g. after a restart before the session was read): try again.
const REOPEN_AFTER_MS = 5000;

/**
 * The console's one live connection per tab: a Server-Sent Events stream from the server. Ticket events make the
 * queries that show those tickets refetch (the list, the open ticket, its conversation and timeline), so what the
 * agent sees follows what colleagues do, and what they are typing (component state) is never touched. Presence is
 * kept here for the list and the ticket page; new tickets are counted for the menu and, when the agent asked for
 * it, announced by a tone and a browser notification. After a lost connection the browser reconnects by itself and
 * everything shown is refetched, not replayed.
 */
export const LiveProvider = ({ children }: { children: ReactNode }) => {
    const queryClient = useQueryClient();
    const translate = useTranslate();
    const { pathname } = useLocation();
    const [sound] = useStore('live.sound', false);
    const [notification] = useStore('live.notification', false);
    const [presence, setPresence] = useState<ReadonlyMap<string, Viewer[]>>(new Map());
    const [newTickets, setNewTickets] = useState(0);

    // the stream's handlers read the latest values through refs, so the connection is not reopened when they change
    const latest = useRef({ sound, notification, onList: isTicketList(pathname), translate });
    latest.current = { sound, notification, onList: isTicketList(pathname), translate };

    useEffect(() => {
        if (isTicketList(pathname)) setNewTickets(0);
    }, [pathname]);

    const pending = useRef({ tickets: new Set<string>(), conversation: false, all: false, timer: 0 });
    const flush = useCallback(() => {
        const p = pending.current;
        p.timer = 0;
        const invalidate = (queryKey: unknown[]) => queryClient.invalidateQueries({ queryKey });
        if (p.all) {
            ['tickets', 'messages', 'ticket-events', 'calls'].forEach((resource) => invalidate([resource]));
        } else {
            invalidate(['tickets', 'getList']);
            invalidate(['tickets', 'getManyReference']);
            p.tickets.forEach((id) => invalidate(['tickets', 'getOne', { id }]));
            invalidate(['ticket-events']);
            if (p.conversation) invalidate(['messages']);
        }
        p.tickets.clear();
        p.conversation = false;
        p.all = false;
    }, [queryClient]);
    const refetchSoon = useCallback(
        (change: { ticketId?: string; conversation?: boolean; all?: boolean }) => {
            const p = pending.current;
            if (change.ticketId) p.tickets.add(change.ticketId);
            p.conversation ||= !!change.conversation;
            p.all ||= !!change.all;
            if (!p.timer) p.timer = window.setTimeout(flush, REFETCH_DELAY_MS);
        },
        [flush],
    );

    useEffect(() => {
        // the one batch object the ref holds for the provider's life (mutated, never replaced)
        const batch = pending.current;
        let source: EventSource | undefined;
        let reopen = 0;
        let connectedBefore = false;
        const open = () => {
            source = new EventSource(`${apiUrl}/admin/events`, { withCredentials: true });
            // hello: a fresh stream (after an earlier one, refetch what it missed); resync: the browser reconnected
            const started = (resumed: boolean) => {
                setPresence(new Map());
                if (resumed || connectedBefore) refetchSoon({ all: true });
                connectedBefore = true;
            };
            source.addEventListener('hello', () => started(false));
            source.addEventListener('resync', () => started(true));
            source.addEventListener('ticket', (message) => {
                const event = JSON.parse((message as MessageEvent<string>).data) as TicketLiveEvent;
                refetchSoon({
                    ticketId: event.ticketId,
                    conversation: event.type === 'message' || event.type === 'created',
                });
                if (event.type !== 'created') return;
                const now = latest.current;
                if (!now.onList) setNewTickets((count) => count + 1);
                if (now.sound) playNewTicketTone();
                if (now.notification) {
                    showNewTicketNotification(
                        now.translate('app.live.notification_title'),
                        now.translate('app.live.notification_body', { reference: event.reference ?? '' }),
                    );
                }
            });
            source.addEventListener('presence', (message) => {
                const event = JSON.parse((message as MessageEvent<string>).data) as PresenceLiveEvent;
                setPresence((before) => {
                    const next = new Map(before);
                    if (event.viewers.length) next.set(event.ticketId, event.viewers);
                    else next.delete(event.ticketId);
                    return next;
                });
            });
            source.onerror = () => {
                if (source?.readyState !== EventSource.CLOSED) return;
                reopen = window.setTimeout(open, REOPEN_AFTER_MS);
            };
        };
        open();
        return () => {
            window.clearTimeout(reopen);
            window.clearTimeout(batch.timer);
            source?.close();
        };
    }, [refetchSoon]);

    return <LiveContext.Provider value={{ presence, newTickets }}>{children}</LiveContext.Provider>;
};
