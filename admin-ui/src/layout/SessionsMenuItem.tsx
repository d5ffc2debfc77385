import DevicesIcon from '@mui/icons-material/Devices';
import { UserMenuLink } from './UserMenuLink';

/** "Mijn sessies" in the user menu of the app bar. */
export const SessionsMenuItem = () => (
    <UserMenuLink to="/sessies" icon={<DevicesIcon fontSize="small" />} label="app.menu.sessions" />
);
