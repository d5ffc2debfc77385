import { Edit } from 'react-admin';
import { SlaPolicyForm } from './SlaPolicyForm';

export const SlaPolicyEdit = () => (
    <Edit mutationMode="pessimistic" redirect="list">
        <SlaPolicyForm />
    </Edit>
);
