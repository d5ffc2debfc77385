import { Create } from 'react-admin';
import { DepartmentForm } from './DepartmentForm';

export const DepartmentCreate = () => (
    <Create redirect="list">
        <DepartmentForm />
    </Create>
);
