import DevicesIcon from '@mui/icons-material/Devices';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useTranslate, useUserMenu } from 'react-admin';
import { useNavigate } from 'react-router-dom';

/** "Mijn sessies" in the user menu of the app bar. */
export const SessionsMenuItem = () => {
    const translate = useTranslate();
    const navigate = useNavigate();
    const userMenu = useUserMenu();
    return (
        <MenuItem
            onClick={() => {
                userMenu?.onClose();
                navigate('/sessies');
            }}
        >
            <ListItemIcon>
                <DevicesIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{translate('app.menu.sessions')}</ListItemText>
        </MenuItem>
    );
};
