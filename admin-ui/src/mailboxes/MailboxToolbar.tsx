import BlockIcon from '@mui/icons-material/Block';
import { Stack } from '@mui/material';
import { DeleteButton, SaveButton, Toolbar, useRecordContext } from 'react-admin';
import type { Mailbox } from '../types';
import { TestConnectionButton } from './TestConnectionButton';

/** The server disables a mailbox on DELETE, so the button says so. */
export const MailboxToolbar = () => {
    const mailbox = useRecordContext<Mailbox>();
    return (
        <Toolbar sx={{ justifyContent: 'space-between' }}>
            <Stack direction="row" spacing={1} alignItems="center">
                <SaveButton />
                {mailbox && <TestConnectionButton />}
            </Stack>
            {mailbox?.active && (
                <DeleteButton
                    label="app.mailbox.deactivate"
                    icon={<BlockIcon />}
                    mutationMode="pessimistic"
                    confirmTitle="app.mailbox.deactivate_title"
                    confirmContent="app.mailbox.deactivate_content"
                    translateOptions={{ name: mailbox.name }}
                    successMessage="app.mailbox.deactivated"
                />
            )}
        </Toolbar>
    );
};
