import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, useLocaleState } from 'react-admin';
import { AppMenu } from './AppMenu';

/** Keeps <html lang> in step with the chosen language, for screen readers. */
export const Layout = ({ children }: { children: ReactNode }) => {
    const [locale] = useLocaleState();
    useEffect(() => {
        document.documentElement.lang = locale;
    }, [locale]);
    return <RaLayout menu={AppMenu}>{children}</RaLayout>;
};
