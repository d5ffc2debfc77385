import ViewWeekIcon from '@mui/icons-material/ViewWeek';
import { Menu, useCanAccess } from 'react-admin';

/** The day planning is not a resource, so the menu gets its entry by hand. */
export const PlanningMenuItem = () => {
    const { canAccess } = useCanAccess({ resource: 'planning', action: 'list' });
    if (!canAccess) return null;
    return <Menu.Item to="/dagplanning" primaryText="app.menu.planning" leftIcon={<ViewWeekIcon />} />;
};
