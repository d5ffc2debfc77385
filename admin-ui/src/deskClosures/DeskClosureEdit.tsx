import { Edit } from 'react-admin';
import { DeskClosureForm } from './DeskClosureForm';

export const DeskClosureEdit = () => (
    <Edit mutationMode="pessimistic" redirect="list">
        <DeskClosureForm />
    </Edit>
);
