import BlockIcon from '@mui/icons-material/Block';
import { DeleteButton, SaveButton, Toolbar, useRecordContext } from 'react-admin';
import type { User } from '../types';
import { ResetSecondFactorButton } from './ResetSecondFactorButton';

/** The server deactivates a user on DELETE, so the button says so; a lost phone is reset from here too. */
export const UserToolbar = () => {
    const user = useRecordContext<User>();
    return (
        <Toolbar sx={{ justifyContent: 'space-between' }}>
            <SaveButton />
            <ResetSecondFactorButton />
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
