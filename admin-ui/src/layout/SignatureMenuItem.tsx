import DrawIcon from '@mui/icons-material/Draw';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useTranslate, useUserMenu } from 'react-admin';
import { useNavigate } from 'react-router-dom';

/** "Mijn handtekening" in the user menu of the app bar. */
export const SignatureMenuItem = () => {
    const translate = useTranslate();
    const navigate = useNavigate();
    const userMenu = useUserMenu();
    return (
        <MenuItem
            onClick={() => {
                userMenu?.onClose();
                navigate('/handtekening');
            }}
        >
            <ListItemIcon>
                <DrawIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{translate('app.menu.signature')}</ListItemText>
        </MenuItem>
    );
};
