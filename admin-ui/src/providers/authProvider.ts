import { fetchUtils, type AuthProvider } from 'react-admin';
import type { CurrentUser } from '../types';
import { apiUrl, clearSession, getCurrentUser, hasSession, httpClient, loadSession, setSession } from './httpClient';
import { isAllowed } from './permissions';

export const authProvider: AuthProvider = {
    async login({ email, password }: { email: string; password: string }) {
        const { json } = await fetchUtils.fetchJson(`${apiUrl}/auth/login`, {
            method: 'POST',
            body: JSON.stringify({ email, password }),
            credentials: 'include',
        });
        setSession(json as CurrentUser);
    },

    async logout() {
        // Skipped when there is no session (e.g. after a 401), where the
        // server would refuse the request anyway.
        if (hasSession()) {
            await httpClient(`${apiUrl}/auth/logout`, { method: 'POST' }).catch(() => undefined);
        }
        clearSession();
    },

    async checkAuth() {
        try {
            await loadSession();
        } catch {
            // No "please log in" toast on a plain first visit.
            throw { message: false };
        }
    },

    async checkError(error: { status?: number }) {
        if (error?.status === 401) {
            clearSession();
            throw error;
        }
        // 403 and the rest: stay logged in; the caller notifies the message.
    },

    async getIdentity() {
        const user = await loadSession();
        return { id: user.id, fullName: user.fullName, available: user.available };
    },

    async getPermissions() {
        const { role, departmentIds } = await getCurrentUser();
        return { role, departmentIds };
    },

    async canAccess({ resource, action }) {
        const { role } = await getCurrentUser();
        return isAllowed(role, resource, action);
    },
};
