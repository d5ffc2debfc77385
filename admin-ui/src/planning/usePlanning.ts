import { useGetList } from 'react-admin';
import type { Appointment, Desk, Location, Product } from '../types';

const all = { page: 1, perPage: 500 };

/** Refreshed this often, so walk-ins and bookings of colleagues show up by themselves. */
export const planningRefreshMs = 30_000;

export const usePlanningLocations = () =>
    useGetList<Location>('locations', {
        filter: { active: true },
        sort: { field: 'name', order: 'ASC' },
        pagination: all,
    });

/**
 * What the day planning shows for a location and a Brussels day: its desks,
 * the day's appointments (refreshed every 30 s) and the products, for their
 * names and for walk-ins.
 */
export const usePlanning = (locationId: string | null, day: string) => {
    const enabled = Boolean(locationId);
    const desks = useGetList<Desk>(
        'desks',
        { filter: { locationId }, sort: { field: 'name', order: 'ASC' }, pagination: all },
        { enabled },
    );
    const appointments = useGetList<Appointment>(
        'appointments',
        { filter: { locationId, day }, sort: { field: 'startsAt', order: 'ASC' }, pagination: all },
        { enabled, refetchInterval: planningRefreshMs },
    );
    const products = useGetList<Product>('services', { sort: { field: 'nameNl', order: 'ASC' }, pagination: all });
    return { desks, appointments, products };
};
