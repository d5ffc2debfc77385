import type { Identifier, RaRecord } from 'react-admin';

/** A desk is made and changed from its location's page, so saving goes back there. */
export const backToLocation = (_resource?: string, _id?: Identifier, data?: Partial<RaRecord>) =>
    data?.locationId ? `/locations/${encodeURIComponent(String(data.locationId))}` : '/locations';
