import { Edit } from 'react-admin';
import { zoneBody } from './zoneGeometry';
import { ZoneForm } from './ZoneForm';

// Pessimistic, so the server's remarks on the shape land under the text area.
export const ZoneEdit = () => (
    <Edit mutationMode="pessimistic" redirect="list" transform={zoneBody}>
        <ZoneForm />
    </Edit>
);
