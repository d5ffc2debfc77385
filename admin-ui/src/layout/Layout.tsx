import { ThemeProvider, type Theme } from '@mui/material';
import { useEffect, useMemo, type ReactNode } from 'react';
import { Layout as RaLayout, useLocaleState, useTranslate } from 'react-admin';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';
import { LiveProvider } from '../live/LiveProvider';

/**
 * Keeps <html lang> in step with the chosen language, for screen readers, and gives every progress indicator
 * (react-admin's loader in the app bar, the cards' and pages' loading bars) a name in that language.
 */
export const Layout = ({ children }: { children: ReactNode }) => {
    const [locale] = useLocaleState();
    const translate = useTranslate();
    useEffect(() => {
        document.documentElement.lang = locale;
    }, [locale]);
    const loading = translate('ra.page.loading');
    const named = useMemo(
        () => (outer: Theme) => ({
            ...outer,
            components: {
                ...outer.components,
                MuiLinearProgress: { ...outer.components?.MuiLinearProgress, defaultProps: { 'aria-label': loading } },
                MuiCircularProgress: {
                    ...outer.components?.MuiCircularProgress,
                    defaultProps: { 'aria-label': loading },
                },
            },
        }),
        [loading],
    );
    return (
        <ThemeProvider theme={named}>
            <LiveProvider>
                <RaLayout appBar={AppBar} menu={AppMenu}>
                    {children}
                </RaLayout>
            </LiveProvider>
        </ThemeProvider>
    );
};
