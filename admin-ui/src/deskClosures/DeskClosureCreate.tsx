import { Create } from 'react-admin';
import { DeskClosureForm } from './DeskClosureForm';

export const DeskClosureCreate = () => (
    <Create redirect="list">
        <DeskClosureForm />
    </Create>
);
