import EventIcon from '@mui/icons-material/Event';
import { Menu } from 'react-admin';
import { MenuGroup } from './MenuGroup';
import { PlanningMenuItem } from './PlanningMenuItem';

/** The resources under "Afspraken", in this order; the rest of the menu leaves them out. */
export const appointmentResources = ['appointments', 'services', 'locations', 'desk-closures'];

/** "Afspraken": the day planning, the appointments and the counters' set-up. */
export const AppointmentsMenu = () => (
    <MenuGroup name="appointments" label="app.menu.appointments" icon={<EventIcon />}>
        <PlanningMenuItem />
        {appointmentResources.map((name) => (
            <Menu.ResourceItem key={name} name={name} />
        ))}
    </MenuGroup>
);
