import { apiUrl, httpClient, updateSession } from '../providers/httpClient';
import type { CurrentUser } from '../types';

/** Every user sets their own availability; the server answers with the updated identity. */
export const setAvailability = async (available: boolean) => {
    const { json } = await httpClient(`${apiUrl}/auth/availability`, {
        method: 'POST',
        body: JSON.stringify({ available }),
    });
    updateSession(json as Partial<CurrentUser>);
    return json as CurrentUser;
};
