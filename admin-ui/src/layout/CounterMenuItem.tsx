import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { Menu, useCanAccess } from 'react-admin';

/** "Mijn loket" is not a resource, so the menu gets its entry by hand. */
export const CounterMenuItem = () => {
    const { canAccess } = useCanAccess({ resource: 'counter', action: 'list' });
    if (!canAccess) return null;
    return <Menu.Item to="/loket" primaryText="app.menu.counter" leftIcon={<SupportAgentIcon />} />;
};
