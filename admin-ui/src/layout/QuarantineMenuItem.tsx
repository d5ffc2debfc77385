import GppMaybeIcon from '@mui/icons-material/GppMaybe';
import { Badge } from '@mui/material';
import { Menu, useGetList } from 'react-admin';

// Often enough to notice new quarantined mail without reloading, rarely
// enough to cost nothing.
const refreshEvery = 2 * 60_000;

/** The count of held mail sits on the icon, so it also shows in the folded menu. */
export const QuarantineMenuItem = () => {
    const { total } = useGetList(
        'quarantine',
        // The server only sorts quarantine by createdAt and refuses the default sort on id.
        {
            filter: { status: 'held' },
            sort: { field: 'createdAt', order: 'DESC' },
            pagination: { page: 1, perPage: 1 },
        },
        { refetchInterval: refreshEvery },
    );
    return (
        <Menu.ResourceItem
            name="quarantine"
            leftIcon={
                <Badge badgeContent={total} color="error" max={99}>
                    <GppMaybeIcon />
                </Badge>
            }
        />
    );
};
