import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate, useUserMenu } from 'react-admin';
import { useNavigate } from 'react-router-dom';

/** An entry of the user menu in the app bar that opens one of the user's own pages. */
export const UserMenuLink = ({ to, icon, label }: { to: string; icon: ReactNode; label: string }) => {
    const translate = useTranslate();
    const navigate = useNavigate();
    const userMenu = useUserMenu();
    return (
        <MenuItem
            onClick={() => {
                userMenu?.onClose();
                navigate(to);
            }}
        >
            <ListItemIcon>{icon}</ListItemIcon>
            <ListItemText>{translate(label)}</ListItemText>
        </MenuItem>
    );
};
