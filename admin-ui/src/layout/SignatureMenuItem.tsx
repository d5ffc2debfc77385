import DrawIcon from '@mui/icons-material/Draw';
import { UserMenuLink } from './UserMenuLink';

/** "Mijn handtekening" in the user menu of the app bar. */
export const SignatureMenuItem = () => (
    <UserMenuLink to="/handtekening" icon={<DrawIcon fontSize="small" />} label="app.menu.signature" />
);
