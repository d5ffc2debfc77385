import { Create } from 'react-admin';
import { SlaPolicyForm } from './SlaPolicyForm';

export const SlaPolicyCreate = () => (
    <Create redirect="list">
        <SlaPolicyForm />
    </Create>
);
