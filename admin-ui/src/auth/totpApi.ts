import { apiUrl, httpClient } from '../providers/httpClient';
import type { TotpSetup } from '../types';

/** Starts an enrolment: a new secret for the authenticator app (409 when one is already set up). */
export const fetchTotpSetup = async (): Promise<TotpSetup> => {
    const { json } = await httpClient(`${apiUrl}/auth/totp/setup`);
    return json as TotpSetup;
};

/** Ends the session on the server, also a half-logged-in one. */
export const endSession = async () => {
    await httpClient(`${apiUrl}/auth/logout`, { method: 'POST' }).catch(() => undefined);
};
