import KeyIcon from '@mui/icons-material/Key';
import { usePermissions } from 'react-admin';
import type { Role } from '../types';
import { UserMenuLink } from './UserMenuLink';

/** "Mijn tweede factor" in the user menu, for administrators (who always have one): their recovery codes. */
export const SecondFactorMenuItem = () => {
    const { permissions } = usePermissions<{ role: Role }>();
    if (permissions?.role !== 'admin') return null;
    return <UserMenuLink to="/tweede-factor" icon={<KeyIcon fontSize="small" />} label="app.menu.second_factor" />;
};
