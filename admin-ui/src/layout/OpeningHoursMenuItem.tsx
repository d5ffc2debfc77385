import ScheduleIcon from '@mui/icons-material/Schedule';
import { Menu, useCanAccess } from 'react-admin';

/** The opening hours page is not a resource, so the menu gets its entry by hand. */
export const OpeningHoursMenuItem = () => {
    const { canAccess } = useCanAccess({ resource: 'schedule', action: 'edit' });
    if (!canAccess) return null;
    return <Menu.Item to="/openingsuren" primaryText="app.menu.opening_hours" leftIcon={<ScheduleIcon />} />;
};
