import type { Prisma, TicketStatus } from '../generated/prisma/client';
import type { MapVisibility } from '../generated/prisma/enums';

/**
 * What of a report anyone may see (the public map, Open311): its category, status, dates and an approximate
 * location, never who made it or what they wrote. This is the one place that decides.
 */
export const PUBLIC_REPORT: Prisma.TicketWhereInput = {
  mergedIntoId: null,
  anonymisedAt: null,
  category: { reportable: true, public: true, active: true, mapVisibility: { not: 'hidden' } },
};

/** 'approximate' snaps to a grid of about 100 m (3 decimals of latitude ≈ 111 m), so no house can be pointed at. */
export function publicLocation(
  latitude: number | null,
  longitude: number | null,
  visibility: MapVisibility,
): { lat: number; long: number } | undefined {
  if (latitude == null || longitude == null || visibility === 'hidden') return undefined;
  const decimals = visibility === 'exact' ? 5 : 3;
  const f = 10 ** decimals;
  return { lat: Math.round(latitude * f) / f, long: Math.round(longitude * f) / f };
}

/** Open311's two states. */
export function open311Status(status: TicketStatus): 'open' | 'closed' {
  return status === 'resolved' || status === 'closed' ? 'closed' : 'open';
}

export const PUBLIC_STATUS = {
  nl: {
    new: 'Ontvangen',
    open: 'In behandeling',
    pending_citizen: 'Wacht op informatie',
    resolved: 'Opgelost',
    closed: 'Afgesloten',
  },
  en: {
    new: 'Received',
    open: 'In progress',
    pending_citizen: 'Waiting for information',
    resolved: 'Resolved',
    closed: 'Closed',
  },
} as const;
