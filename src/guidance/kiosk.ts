import { db } from '../db';
import type { Visit } from '../generated/prisma/client';
import { walkInHoursOn } from './hours';

/** What a kiosk shows: its location, today's walk-in hours and the products one can take a number for there. */
export async function kioskMenu(locationId: string, at: Date) {
  const [location, services, hours] = await Promise.all([
    db().location.findUniqueOrThrow({ where: { id: locationId } }),
    db().service.findMany({
      where: { active: true, walkInAllowed: true, desks: { some: { desk: { locationId, active: true } } } },
      orderBy: { nameNl: 'asc' },
    }),
    walkInHoursOn(locationId, at),
  ]);
  return { location, services, hours };
}

/** The ticket a kiosk prints after a check-in: the product and how many wait for it before this visitor. */
export async function checkInReceipt(visit: Visit) {
  const service = await db().service.findUniqueOrThrow({ where: { id: visit.serviceId } });
  const waitingBefore = await db().visit.count({
    where: {
      locationId: visit.locationId,
      day: visit.day,
      status: 'waiting',
      serviceId: visit.serviceId,
      checkedInAt: { lt: visit.checkedInAt },
    },
  });
  return { service, waitingBefore };
}

/** The location a waiting-room screen stands in. */
export const screenLocation = (locationId: string) =>
  db().location.findUniqueOrThrow({ where: { id: locationId }, select: { id: true, name: true } });
