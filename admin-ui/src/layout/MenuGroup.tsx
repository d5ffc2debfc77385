import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Collapse, List, ListItemIcon, MenuItem, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useSidebarState, useStore, useTranslate } from 'react-admin';

interface MenuGroupProps {
    /** Remembers whether the group is open, per browser. */
    name: string;
    label: string;
    icon: ReactNode;
    children: ReactNode;
}

/**
 * A heading in the menu that folds its entries in and out; open at first. The entries are a group of the menu
 * (a menu may hold only menu items and groups of them).
 */
export const MenuGroup = ({ name, label, icon, children }: MenuGroupProps) => {
    const translate = useTranslate();
    const [open, setOpen] = useStore(`menu.${name}.open`, true);
    const [sidebarOpen] = useSidebarState();
    const id = `menu-group-${name}`;
    const text = translate(label);
    const heading = (
        <MenuItem
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            aria-controls={id}
            sx={{ color: 'text.secondary' }}
            data-testid={`menu-group-${name}`}
        >
            <ListItemIcon sx={{ minWidth: (theme) => theme.spacing(5) }}>{icon}</ListItemIcon>
            <Typography variant="inherit" noWrap sx={{ flexGrow: 1 }}>
                {text}
            </Typography>
            {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
        </MenuItem>
    );
    return (
        <>
            {sidebarOpen ? (
                heading
            ) : (
                <Tooltip title={text} placement="right">
                    {heading}
                </Tooltip>
            )}
            <Collapse in={open} timeout="auto" unmountOnExit>
                <List
                    component="div"
                    disablePadding
                    id={id}
                    role="group"
                    aria-label={text}
                    sx={{ '& .RaMenuItemLink-root': { pl: sidebarOpen ? 4 : 2 } }}
                >
                    {children}
                </List>
            </Collapse>
        </>
    );
};
