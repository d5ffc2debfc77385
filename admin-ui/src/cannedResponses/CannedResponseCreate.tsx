import { Create } from 'react-admin';
import { cannedResponseBody } from './cannedResponseBody';
import { CannedResponseForm } from './CannedResponseForm';

export const CannedResponseCreate = () => (
    <Create redirect="list" transform={cannedResponseBody}>
        <CannedResponseForm />
    </Create>
);
