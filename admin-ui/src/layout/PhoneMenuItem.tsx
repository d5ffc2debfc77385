import PhoneIcon from '@mui/icons-material/Phone';
import { Menu, useCanAccess } from 'react-admin';

/** The telephony page is not a resource, so the menu gets its entry by hand. */
export const PhoneMenuItem = () => {
    const { canAccess } = useCanAccess({ resource: 'phone-line', action: 'list' });
    if (!canAccess) return null;
    return <Menu.Item to="/telefonie" primaryText="app.menu.phone" leftIcon={<PhoneIcon />} />;
};
