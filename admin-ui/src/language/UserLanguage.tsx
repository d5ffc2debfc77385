import { useEffect } from 'react';
import { useGetIdentity, useLocaleState, useNotify } from 'react-admin';
import { getSessionUser } from '../providers/httpClient';
import type { Language } from '../types';
import { saveLanguage } from './saveLanguage';

// Outside the component: a change of locale re-mounts the app, and the stored language is applied once per session.
let appliedForSession: string | undefined;

/**
 * The language belongs to the user, not to the browser: on sign-in the console switches to the user's stored
 * language; a later choice in the language menu is stored on the user.
 */
export const UserLanguage = () => {
    const [locale, setLocale] = useLocaleState();
    const { identity } = useGetIdentity();
    const notify = useNotify();

    useEffect(() => {
        const user = getSessionUser();
        if (!identity || !user) return;
        if (appliedForSession !== user.csrfToken) {
            appliedForSession = user.csrfToken;
            if (user.language && user.language !== locale) setLocale(user.language);
            return;
        }
        if (user.language === locale) return;
        saveLanguage(locale as Language).catch(() => notify('app.user_language.save_failed', { type: 'warning' }));
    }, [identity, locale, setLocale, notify]);

    return null;
};
