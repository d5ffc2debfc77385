import { Create } from 'react-admin';
import { zoneBody } from './zoneGeometry';
import { ZoneForm } from './ZoneForm';

export const ZoneCreate = () => (
    <Create redirect="list" transform={zoneBody}>
        <ZoneForm />
    </Create>
);
