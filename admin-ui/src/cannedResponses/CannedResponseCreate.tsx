import { Create } from 'react-admin';
import { CannedResponseForm } from './CannedResponseForm';

export const CannedResponseCreate = () => (
    <Create redirect="list">
        <CannedResponseForm />
    </Create>
);
