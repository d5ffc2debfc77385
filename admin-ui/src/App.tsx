import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { LoginPage } from './auth/LoginPage';
import { auditLog } from './auditLog';
import { calls } from './calls';
import { cannedResponses } from './cannedResponses';
import { categories } from './categories';
import { documentTypes } from './eloket/DocumentTypes';
import { NewDocumentRequestPage } from './eloket/NewDocumentRequestPage';
import { contacts } from './contacts';
import { CounterPage } from './counter/CounterPage';
import { Dashboard } from './dashboard/Dashboard';
import { departments } from './departments';
import { devices } from './devices';
import { FloorPage } from './floor/FloorPage';
import { apiKeys } from './apiKeys';
import { appointments } from './appointments';
import { deskClosures } from './deskClosures';
import { desks } from './desks';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import { locations } from './locations';
import { mailboxes } from './mailboxes';
import { notificationTemplates } from './notificationTemplates';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { quarantine } from './quarantine';
import { routingRules } from './routingRules';
import { SessionsPage } from './sessions/SessionsPage';
import { SignaturePage } from './profile/SignaturePage';
import { SecondFactorPage } from './profile/SecondFactorPage';
import { OpeningHoursPage } from './schedule/OpeningHoursPage';
import { PhonePage } from './phone/PhonePage';
import { PlanningPage } from './planning/PlanningPage';
import { products } from './products';
import { slaPolicies } from './slaPolicies';
import { tickets } from './tickets';
import { users } from './users';
import { zones } from './zones';

// The charts library is only fetched when the reports are opened (the layout shows a loader meanwhile).
const ReportsPage = lazy(() => import('./reports/ReportsPage').then((module) => ({ default: module.ReportsPage })));

export const App = () => (
    <Admin
        title="Voordeur"
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        loginPage={LoginPage}
        dashboard={Dashboard}
        layout={Layout}
        theme={theme}
        requireAuth
        disableTelemetry
    >
        <Resource name="tickets" {...tickets} />
        <Resource name="contacts" {...contacts} />
        <Resource name="calls" {...calls} />
        <Resource name="departments" {...departments} />
        <Resource name="categories" {...categories} />
        <Resource name="document-types" {...documentTypes} />
        <Resource name="users" {...users} />
        <Resource name="routing-rules" {...routingRules} />
        <Resource name="zones" {...zones} />
        <Resource name="sla-policies" {...slaPolicies} />
        <Resource name="mailboxes" {...mailboxes} />
        <Resource name="notification-templates" {...notificationTemplates} />
        <Resource name="canned-responses" {...cannedResponses} />
        <Resource name="api-keys" {...apiKeys} />
        <Resource name="devices" {...devices} />
        <Resource name="quarantine" {...quarantine} />
        <Resource name="audit-log" {...auditLog} />
        <Resource name="messages" />
        <Resource name="ticket-events" />
        <Resource name="closures" />
        <Resource name="appointments" {...appointments} />
        <Resource name="services" {...products} />
        <Resource name="locations" {...locations} />
        <Resource name="desks" {...desks} />
        <Resource name="desk-closures" {...deskClosures} />
        <CustomRoutes>
            <Route path="/openingsuren" element={<OpeningHoursPage />} />
            <Route path="/sessies" element={<SessionsPage />} />
            <Route path="/handtekening" element={<SignaturePage />} />
            <Route path="/tweede-factor" element={<SecondFactorPage />} />
            <Route path="/telefonie" element={<PhonePage />} />
            <Route path="/dagplanning" element={<PlanningPage />} />
            <Route path="/loket" element={<CounterPage />} />
            <Route path="/wachtzaal" element={<FloorPage />} />
            <Route path="/rapporten" element={<ReportsPage />} />
            <Route path="/documentaanvraag" element={<NewDocumentRequestPage />} />
        </CustomRoutes>
    </Admin>
);
