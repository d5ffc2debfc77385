import { apiUrl, httpClient } from '../providers/httpClient';
import type { AuthSession } from '../types';

const sessionsUrl = `${apiUrl}/auth/sessions`;

/** The current user's sessions, newest first. */
export const fetchSessions = async (): Promise<AuthSession[]> => {
    const { json } = await httpClient(sessionsUrl);
    return json as AuthSession[];
};

export const endSession = async (id: string): Promise<void> => {
    await httpClient(`${sessionsUrl}/${encodeURIComponent(id)}`, { method: 'DELETE' });
};

/** Ends every session except this browser's; returns how many ended. */
export const endOtherSessions = async (): Promise<number> => {
    const { json } = await httpClient(`${sessionsUrl}/end-others`, { method: 'POST', body: '{}' });
    return (json as { ended: number }).ended;
};
