import { fetchUtils } from 'react-admin';
import type { CurrentUser } from '../types';

export const apiUrl = '/api';

const stateChangingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Kept in memory only: the session cookie is httpOnly, and the token is
// re-read from /api/auth/me after a reload.
let csrfToken: string | null = null;
let currentUser: CurrentUser | null = null;
let pendingSession: Promise<CurrentUser> | null = null;

const send = (url: string, options: fetchUtils.Options, token: string | null) => {
    const headers = new Headers(options.headers ?? undefined);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    if (token) headers.set('X-CSRF-Token', token);
    return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'include' });
};

export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
    if (!stateChangingMethods.has((options.method ?? 'GET').toUpperCase())) return send(url, options, null);
    const token = csrfToken ?? (await loadSessionOrNull())?.csrfToken ?? null;
    try {
        return await send(url, options, token);
    } catch (error) {
        // A login in another tab replaces the session and its token: fetch
        // the new token and try once more instead of failing until a reload.
        if ((error as { status?: number }).status !== 403) throw error;
        const fresh = await loadSessionOrNull();
        if (!fresh || fresh.csrfToken === token) throw error;
        return send(url, options, fresh.csrfToken);
    }
};

export const setSession = (user: CurrentUser) => {
    currentUser = user;
    csrfToken = user.csrfToken;
};

/** Takes in a newer copy of the identity (e.g. after a change of availability), keeping the CSRF token if it has none. */
export const updateSession = (changes: Partial<CurrentUser>) => {
    if (!currentUser) return;
    setSession({ ...currentUser, ...changes, csrfToken: changes.csrfToken ?? currentUser.csrfToken });
};

export const clearSession = () => {
    currentUser = null;
    csrfToken = null;
};

export const hasSession = () => csrfToken !== null;

/** The identity held in memory, without asking the server. */
export const getSessionUser = () => currentUser;

/** Logged in for the app: password and, where needed, the second factor done. */
export const isFullyLoggedIn = (user: CurrentUser | null) => !!user && (user.secondFactor ?? 'ok') === 'ok';

/**
 * Reads the session from /api/auth/me. Concurrent callers (checkAuth,
 * getIdentity, getPermissions fire together on start-up) share one request.
 */
export const loadSession = (): Promise<CurrentUser> => {
    pendingSession ??= fetchUtils
        .fetchJson(`${apiUrl}/auth/me`, { credentials: 'include' })
        .then(({ json }) => {
            setSession(json as CurrentUser);
            return json as CurrentUser;
        })
        .catch((error) => {
            clearSession();
            throw error;
        })
        .finally(() => {
            pendingSession = null;
        });
    return pendingSession;
};

const loadSessionOrNull = () => loadSession().catch(() => null);

export const getCurrentUser = (): Promise<CurrentUser> => (currentUser ? Promise.resolve(currentUser) : loadSession());
