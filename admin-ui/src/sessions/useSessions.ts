import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLogout, useNotify } from 'react-admin';
import { clearSession } from '../providers/httpClient';
import type { AuthSession } from '../types';
import { endOtherSessions, endSession, fetchSessions } from './sessionsApi';

const queryKey = ['auth', 'sessions'];

export const useSessions = () => useQuery({ queryKey, queryFn: fetchSessions });

const useNotifyError = () => {
    const notify = useNotify();
    return (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' });
};

/** Ends one session; ending this browser's own one leads to the login page. */
export const useEndSession = (onDone: () => void) => {
    const queryClient = useQueryClient();
    const notify = useNotify();
    const logout = useLogout();
    const onError = useNotifyError();
    return useMutation({
        mutationFn: (session: AuthSession) => endSession(session.id),
        onSuccess: async (_, session) => {
            onDone();
            if (session.current) {
                // The server already forgot the session: no logout request, just leave.
                clearSession();
                await logout({}, undefined, false);
                return;
            }
            notify('app.sessions.ended', { type: 'success' });
            await queryClient.invalidateQueries({ queryKey });
        },
        onError,
    });
};

export const useEndOtherSessions = () => {
    const queryClient = useQueryClient();
    const notify = useNotify();
    const onError = useNotifyError();
    return useMutation({
        mutationFn: endOtherSessions,
        onSuccess: async (ended) => {
            notify('app.sessions.others_ended', { type: 'success', messageArgs: { smart_count: ended } });
            await queryClient.invalidateQueries({ queryKey });
        },
        onError,
    });
};
