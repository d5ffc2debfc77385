import { Create } from 'react-admin';
import { MailboxForm } from './MailboxForm';

// To the edit page, where the new mailbox can be tested right away.
export const MailboxCreate = () => (
    <Create redirect="edit">
        <MailboxForm isCreate />
    </Create>
);
