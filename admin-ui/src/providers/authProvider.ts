import { fetchUtils, type AuthProvider } from 'react-admin';
import type { CurrentUser, SecondFactorState } from '../types';
import {
    apiUrl,
    clearSession,
    getCurrentUser,
    getSessionUser,
    hasSession,
    httpClient,
    isFullyLoggedIn,
    loadSession,
    setSession,
    updateSession,
} from './httpClient';
import { isAllowed } from './permissions';

/**
 * What the login page gets back: the second factor still to come, the recovery codes to show once after the
 * setup (the app opens when the user says they kept them), or after a recovery code how many are left.
 */
export type LoginResult =
    | { redirectTo: false; secondFactor: Exclude<SecondFactorState, 'ok'> }
    | { redirectTo: false; recoveryCodes: string[]; user: CurrentUser }
    | { recoveryCodesLeft: number };

/** enrol: the first code from a new app; verify: the app's code; recovery: a one-time recovery code. */
export type CodeKind = 'enrol' | 'verify' | 'recovery';

type LoginParams = { email: string; password: string } | { code: string; kind: CodeKind } | { codesKept: CurrentUser };

const codeUrl: Record<CodeKind, string> = {
    enrol: `${apiUrl}/auth/totp/enable`,
    verify: `${apiUrl}/auth/totp/verify`,
    recovery: `${apiUrl}/auth/recovery-codes/verify`,
};

export const authProvider: AuthProvider = {
    /**
     * Password step ({email, password}) or second factor step ({code, enrol}).
     * While the second factor is missing, returns redirectTo false so the
     * login page stays and shows the next step instead of entering the app.
     */
    async login(params: LoginParams): Promise<LoginResult | undefined> {
        if ('codesKept' in params) {
            updateSession(params.codesKept);
            return undefined;
        }
        if ('code' in params) {
            const { json } = await httpClient(codeUrl[params.kind], {
                method: 'POST',
                body: JSON.stringify({ code: params.code }),
            });
            const { recoveryCodes, recoveryCodesLeft, ...user } = json as CurrentUser & {
                recoveryCodes?: string[];
                recoveryCodesLeft?: number;
            };
            // the session is taken in only once the codes were seen, so the app does not open over them
            if (recoveryCodes) return { redirectTo: false, recoveryCodes, user };
            updateSession(user);
            return recoveryCodesLeft === undefined ? undefined : { recoveryCodesLeft };
        }
        const { json } = await fetchUtils.fetchJson(`${apiUrl}/auth/login`, {
            method: 'POST',
            body: JSON.stringify({ email: params.email, password: params.password }),
            credentials: 'include',
        });
        const user = json as CurrentUser;
        setSession(user);
        if (isFullyLoggedIn(user)) return undefined;
        return { redirectTo: false, secondFactor: user.secondFactor as Exclude<SecondFactorState, 'ok'> };
    },

    async logout() {
        // Skipped when there is no session (e.g. after a 401), where the
        // server would refuse the request anyway, and while the second factor
        // is pending: the app sends such a session back to the login page,
        // which picks up at the code step (its "other account" link ends it).
        if (hasSession() && isFullyLoggedIn(getSessionUser())) {
            await httpClient(`${apiUrl}/auth/logout`, { method: 'POST' }).catch(() => undefined);
        }
        clearSession();
    },

    async checkAuth() {
        let user: CurrentUser;
        try {
            user = await loadSession();
        } catch {
            // No "please log in" toast on a plain first visit.
            throw { message: false };
        }
        // Password done but no second factor yet: not logged in for the app.
        if (!isFullyLoggedIn(user)) throw { message: false };
    },

    async checkError(error: { status?: number }) {
        if (error?.status === 401) {
            // Also what the admin routes answer while the second factor is
            // pending; logout() then leaves that session alone (no loop).
            clearSession();
            throw error;
        }
        // 403 and the rest: stay logged in; the caller notifies the message.
    },

    async getIdentity() {
        const user = await loadSession();
        return { id: user.id, fullName: user.fullName, available: user.available, language: user.language };
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
