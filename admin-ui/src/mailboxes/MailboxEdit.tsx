import { Edit } from 'react-admin';
import { MailboxForm } from './MailboxForm';

// Pessimistic, so validation errors from the server land on the fields.
export const MailboxEdit = () => (
    <Edit mutationMode="pessimistic" redirect={false}>
        <MailboxForm />
    </Edit>
);
