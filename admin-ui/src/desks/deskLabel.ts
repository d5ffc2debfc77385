import { useGetList } from 'react-admin';
import type { Desk, Location } from '../types';

/**
 * Desks are often named alike at every location ("Loket 1"), so a desk
 * outside its location's page is named with its location: "Loket 1 · Stadhuis".
 */
export const useDeskLabel = () => {
    const { data: locations = [] } = useGetList<Location>('locations', {
        pagination: { page: 1, perPage: 500 },
        sort: { field: 'name', order: 'ASC' },
    });
    const names = new Map(locations.map((location) => [location.id, location.name]));
    return (desk: Desk) => {
        const location = names.get(desk.locationId);
        return location ? `${desk.name} · ${location}` : desk.name;
    };
};
