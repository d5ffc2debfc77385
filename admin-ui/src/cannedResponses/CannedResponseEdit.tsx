import { Edit } from 'react-admin';
import { cannedResponseBody } from './cannedResponseBody';
import { CannedResponseForm } from './CannedResponseForm';

// Pessimistic, so the server's remarks (an unknown placeholder, a deactivated department) land under the inputs.
export const CannedResponseEdit = () => (
    <Edit mutationMode="pessimistic" redirect="list" transform={cannedResponseBody}>
        <CannedResponseForm />
    </Edit>
);
