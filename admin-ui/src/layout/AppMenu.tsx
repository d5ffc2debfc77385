import { Fragment } from 'react';
import { Menu, useCanAccess, useResourceDefinitions } from 'react-admin';
import { AppointmentsMenu, appointmentResources } from './AppointmentsMenu';
import { OpeningHoursMenuItem } from './OpeningHoursMenuItem';
import { PhoneMenuItem } from './PhoneMenuItem';
import { PublicMapMenuItem } from './PublicMapMenuItem';
import { QuarantineMenuItem } from './QuarantineMenuItem';
import { ReceptionMenu } from './ReceptionMenu';
import { ReportsMenuItem } from './ReportsMenuItem';
import { TicketsMenuItem } from '../live/TicketsMenuItem';
import { NewDocumentRequestMenuItem } from './NewDocumentRequestMenuItem';

// Mounted only for those who may see quarantine, so others never ask the server for the count.
const QuarantineEntry = () => {
    const { canAccess } = useCanAccess({ resource: 'quarantine', action: 'list' });
    return canAccess ? <QuarantineMenuItem /> : null;
};

/**
 * The overview (landing page) and the reports first, then the default
 * resource menu, except that quarantine shows how much mail waits there,
 * the opening hours page follows the SLA rules it feeds, and the telephony
 * page, the "Afspraken" group (day planning, appointments, products,
 * locations, closures) and the "Onthaal" group (my desk, waiting room)
 * follow the call log. Admin-only resources (message templates, API keys,
 * devices) hide themselves for others. Last comes a link to the public
 * map, for everyone.
 */
export const AppMenu = () => {
    const resources = useResourceDefinitions();
    return (
        <Menu>
            <Menu.DashboardItem />
            <ReportsMenuItem />
            {Object.keys(resources)
                .filter((name) => resources[name].hasList && !appointmentResources.includes(name))
                .map((name) =>
                    name === 'quarantine' ? (
                        <QuarantineEntry key={name} />
                    ) : name === 'tickets' ? (
                        <Fragment key={name}>
                            <TicketsMenuItem />
                            <NewDocumentRequestMenuItem />
                        </Fragment>
                    ) : name === 'calls' ? (
                        <Fragment key={name}>
                            <Menu.ResourceItem name={name} />
                            <PhoneMenuItem />
                            <AppointmentsMenu />
                            <ReceptionMenu />
                        </Fragment>
                    ) : name === 'sla-policies' ? (
                        <Fragment key={name}>
                            <Menu.ResourceItem name={name} />
                            <OpeningHoursMenuItem />
                        </Fragment>
                    ) : (
                        <Menu.ResourceItem key={name} name={name} />
                    ),
                )}
            <PublicMapMenuItem />
        </Menu>
    );
};
