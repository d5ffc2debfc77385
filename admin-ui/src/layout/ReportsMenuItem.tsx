import BarChartIcon from '@mui/icons-material/BarChart';
import { Menu, useCanAccess } from 'react-admin';

/** The reports page is not a resource, so the menu gets its entry by hand. */
export const ReportsMenuItem = () => {
    const { canAccess } = useCanAccess({ resource: 'reports', action: 'list' });
    if (!canAccess) return null;
    return <Menu.Item to="/rapporten" primaryText="app.menu.reports" leftIcon={<BarChartIcon />} />;
};
