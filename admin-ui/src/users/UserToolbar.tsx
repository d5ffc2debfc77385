import BlockIcon from '@mui/icons-material/Block';
import { DeleteButton, SaveButton, Toolbar, useRecordContext } from 'react-admin';
import type { User } from '../types';

/** The server deactivates a user on DELETE, so the button says so. */
export const UserToolbar = () => {
    const user = useRecordContext<User>();
    return (
        <Toolbar sx={{ justifyContent: 'space-between' }}>
            <SaveButton />
            {user?.active && (
                <DeleteButton
                    label="app.user.deactivate"
                    icon={<BlockIcon />}
                    mutationMode="pessimistic"
                    confirmTitle="app.user.deactivate_title"
                    confirmContent="app.user.deactivate_content"
                    translateOptions={{ name: user.name }}
                    successMessage="app.user.deactivated"
                />
            )}
        </Toolbar>
    );
};
