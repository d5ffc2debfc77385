import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * React-admin's light theme with colours that pass WCAG 2.1 AA: white text on the app bar, on filled chips and on
 * contained buttons needs 4.5:1, and so does coloured text (links, outlined chips and buttons) on the page and on
 * the form toolbar. MUI's defaults (app bar #2196f3, info #0288d1, warning #ed6c02) reach only 3.1 to 3.9:1.
 */
export const theme: RaThemeOptions = {
    ...defaultTheme,
    palette: {
        ...defaultTheme.palette,
        primary: { main: '#1565c0' }, // 5.8:1 with white
        secondary: { main: '#0d47a1', contrastText: '#fff' }, // the app bar: 8.6:1
        info: { main: '#0277bd' }, // "Nieuw": 4.8:1
        warning: { main: '#b45309', contrastText: '#fff' }, // "Wacht op burger", "Hoog": 5.0:1
        error: { main: '#c62828' }, // 5.6:1, also on the grey form toolbar
        success: { main: '#2e7d32' },
    },
    components: {
        ...defaultTheme.components,
        // the form toolbar a shade lighter than react-admin's grey 300, so coloured buttons on it keep 4.5:1
        RaToolbar: { styleOverrides: { root: { backgroundColor: '#f5f5f5' } } },
    },
};
