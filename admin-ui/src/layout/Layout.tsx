import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, useLocaleState } from 'react-admin';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';

/** Keeps <html lang> in step with the chosen language, for screen readers. */
export const Layout = ({ children }: { children: ReactNode }) => {
    const [locale] = useLocaleState();
    useEffect(() => {
        document.documentElement.lang = locale;
    }, [locale]);
    return (
        <RaLayout appBar={AppBar} menu={AppMenu}>
            {children}
        </RaLayout>
    );
};
