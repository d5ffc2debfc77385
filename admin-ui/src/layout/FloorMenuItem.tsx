import ChairIcon from '@mui/icons-material/Chair';
import { Menu, useCanAccess } from 'react-admin';

/** The waiting room view is not a resource, so the menu gets its entry by hand. */
export const FloorMenuItem = () => {
    const { canAccess } = useCanAccess({ resource: 'floor', action: 'list' });
    if (!canAccess) return null;
    return <Menu.Item to="/wachtzaal" primaryText="app.menu.floor" leftIcon={<ChairIcon />} />;
};
