import { Edit } from 'react-admin';
import { backToLocation } from './backToLocation';
import { DeskForm } from './DeskForm';

export const DeskEdit = () => (
    <Edit mutationMode="pessimistic" redirect={backToLocation}>
        <DeskForm />
    </Edit>
);
