import { apiUrl, httpClient, updateSession } from '../providers/httpClient';
import type { CurrentUser, Language } from '../types';

/** Stores the console's language on the user, so it follows them to every browser. */
export const saveLanguage = async (language: Language) => {
    const { json } = await httpClient(`${apiUrl}/auth/language`, {
        method: 'POST',
        body: JSON.stringify({ language }),
    });
    updateSession(json as Partial<CurrentUser>);
};
