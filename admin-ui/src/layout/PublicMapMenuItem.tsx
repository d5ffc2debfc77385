import MapIcon from '@mui/icons-material/Map';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { ListItemIcon, MenuItem, Tooltip, Typography } from '@mui/material';
import { useSidebarState, useTranslate } from 'react-admin';

// Served by the server itself, outside the console (which lives under /admin/).
const publicMapUrl = '/kaart';

/**
 * The public map citizens see, for everyone, in a new tab. A plain link:
 * the menu's own items route inside the console. Styled like them.
 */
export const PublicMapMenuItem = () => {
    const translate = useTranslate();
    const [open] = useSidebarState();
    const label = translate('app.menu.public_map');
    const item = (
        <MenuItem
            component="a"
            href={publicMapUrl}
            target="_blank"
            rel="noopener noreferrer"
            // As react-admin's menu items (MenuItem's own rule would make the icon column narrower).
            sx={{ color: 'text.secondary', '& .MuiListItemIcon-root': { minWidth: (theme) => theme.spacing(5) } }}
            data-testid="menu-public-map"
        >
            <ListItemIcon sx={{ color: 'text.secondary' }}>
                <MapIcon />
            </ListItemIcon>
            <Typography variant="inherit" noWrap sx={{ flexGrow: 1 }}>
                {label}
            </Typography>
            <OpenInNewIcon fontSize="small" sx={{ ml: 1 }} titleAccess={translate('app.menu.new_tab')} />
        </MenuItem>
    );
    return open ? (
        item
    ) : (
        <Tooltip title={label} placement="right">
            {item}
        </Tooltip>
    );
};
