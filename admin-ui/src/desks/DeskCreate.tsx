import { Create } from 'react-admin';
import { backToLocation } from './backToLocation';
import { DeskForm } from './DeskForm';

/** Opened from a location's page, which passes the location along. */
export const DeskCreate = () => (
    <Create redirect={backToLocation}>
        <DeskForm />
    </Create>
);
