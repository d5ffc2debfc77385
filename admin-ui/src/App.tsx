import { Admin, LoginWithEmail, Resource } from 'react-admin';
import { categories } from './categories';
import { contacts } from './contacts';
import { departments } from './departments';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { mailboxes } from './mailboxes';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { quarantine } from './quarantine';
import { tickets } from './tickets';
import { users } from './users';

export const App = () => (
    <Admin
        title="Voordeur"
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        loginPage={LoginWithEmail}
        layout={Layout}
        requireAuth
        disableTelemetry
    >
        <Resource name="tickets" {...tickets} />
        <Resource name="contacts" {...contacts} />
        <Resource name="departments" {...departments} />
        <Resource name="categories" {...categories} />
        <Resource name="users" {...users} />
        <Resource name="mailboxes" {...mailboxes} />
        <Resource name="quarantine" {...quarantine} />
        <Resource name="messages" />
        <Resource name="ticket-events" />
    </Admin>
);
