import { Create } from 'react-admin';
import { LocationForm } from './LocationForm';

/** Straight on to the edit page: that is where desks and hours are added. */
export const LocationCreate = () => (
    <Create redirect="edit">
        <LocationForm />
    </Create>
);
