import { useCallback, useEffect, useRef } from 'react';
import { useGetIdentity } from 'react-admin';
import { httpClient } from '../providers/httpClient';
import { useLive } from './LiveProvider';
import type { Viewer } from './liveEvents';

type PresenceState = 'viewing' | 'typing' | 'left';

// The server forgets a viewer 30 s after their last heartbeat, and typing 8 s after the last signal.
const HEARTBEAT_MS = 10_000;
const TYPING_EVERY_MS = 3_000;

const signal = (ticketId: string, state: PresenceState, keepalive = false) =>
    httpClient('/api/admin/presence', { method: 'POST', body: JSON.stringify({ ticketId, state }), keepalive }).catch(
        // presence is a courtesy to colleagues: a lost signal is repaired by the next heartbeat
        () => undefined,
    );

/** Everyone else on the ticket now (the user themselves left out), with who is typing. */
export const usePresence = (ticketId: string | undefined): Viewer[] => {
    const { presence } = useLive();
    const { identity } = useGetIdentity();
    if (!ticketId) return [];
    return (presence.get(ticketId) ?? []).filter((viewer) => viewer.userId !== identity?.id);
};

/** Tells colleagues the user has this ticket open, for as long as the component showing it is mounted. */
export const useViewingSignal = (ticketId: string | undefined) => {
    useEffect(() => {
        if (!ticketId) return;
        void signal(ticketId, 'viewing');
        const heartbeat = window.setInterval(() => void signal(ticketId, 'viewing'), HEARTBEAT_MS);
        const leave = () => void signal(ticketId, 'left', true);
        window.addEventListener('pagehide', leave);
        return () => {
            window.clearInterval(heartbeat);
            window.removeEventListener('pagehide', leave);
            leave();
        };
    }, [ticketId]);
};

/**
 * Call the returned function on every keystroke in a reply box: colleagues see "… typt een antwoord". Sent at most
 * every three seconds; it lapses by itself a few seconds after the user stops. No ticket: nothing is sent.
 */
export const useTypingSignal = (ticketId: string | null | undefined) => {
    const last = useRef(0);
    return useCallback(() => {
        if (!ticketId || Date.now() - last.current < TYPING_EVERY_MS) return;
        last.current = Date.now();
        void signal(ticketId, 'typing');
    }, [ticketId]);
};
