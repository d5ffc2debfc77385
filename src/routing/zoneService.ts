import type { Prisma } from '../generated/prisma/client';
import { crudStore } from '../shared/crud';
import { forgetRoutingSet } from './routingSet';

const store = crudStore((d) => d.zone, 'No such zone.');

/** Map zones: every change forgets the cached routing set, so the next ticket is routed with the new shapes. */
export const zones = {
  list: store.list,
  count: store.count,
  find: store.find,
  async create(name: string, geometry: Prisma.InputJsonValue) {
    const zone = await store.create({ name, geometry });
    forgetRoutingSet();
    return zone;
  },
  async update(id: string, change: { name?: string; geometry?: Prisma.InputJsonValue }) {
    const zone = await store.update(id, change);
    forgetRoutingSet();
    return zone;
  },
  async remove(id: string) {
    const zone = await store.remove(id);
    forgetRoutingSet();
    return zone;
  },
};
