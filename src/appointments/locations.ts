import { crudStore } from '../shared/crud';

/** Town halls and service points with counters: plain administration, the one place their table is read and written. */
export const locations = crudStore((d) => d.location, 'No such location.');
