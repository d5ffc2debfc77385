import { db } from '../db';
import type { Appointment, Desk, Language, Visit } from '../generated/prisma/client';
import { ConflictError, ValidationError } from '../shared/errors';
import { randomToken, sha256Hex } from '../shared/tokens';
import { encryptSecret } from '../shared/secretBox';
import { clock } from '../shared/clock';
import { findService, isOverlap, newAppointmentCode } from '../appointments/booking';
import { registerVisit } from './lifecycle';
import { deskHoursOn, OutsideHours } from './hours';
import { openAt } from './openBlocks';

export interface WalkInRegistration {
  serviceId: string;
  /** the desk whose column the clerk used; without it, the first desk serving the product that is open and free */
  deskId?: string;
  name?: string;
  language?: Language;
  userId?: string;
  ticketId?: string;
  /** staff serving someone outside the desk's hours say why; kept on the visit */
  outsideHoursReason?: string;
}

/** The desks that may take the walk-in now: open (unless the clerk gave a reason), else an OutsideHours naming the hours. */
async function desksOpenNow(desks: Desk[], reason: string | undefined): Promise<Desk[]> {
  if (reason) return desks;
  const at = clock.now();
  const hours = await Promise.all(desks.map((desk) => deskHoursOn(desk, at)));
  const open = desks.filter((_, i) => openAt(hours[i], at));
  if (open.length === 0) throw new OutsideHours(desks[0].name, hours[0]);
  return open;
}

/**
 * A visitor without appointment registered by a clerk ("zonder afspraak" in the Dagplanning). They wait at once: a
 * visit with a queue number, in the Wachtzaal and in the queue of the desk, like a walk-in from the kiosk. The desk's
 * time from now is booked for them (an appointment of channel walk_in) so nobody is booked on top of it; the
 * database refuses a desk that is taken, and finishing the visit frees the rest of that time.
 */
export async function registerWalkIn(input: WalkInRegistration): Promise<{ appointment: Appointment; visit: Visit }> {
  const service = await findService(input.serviceId);
  if (!service.walkInAllowed)
    throw new ValidationError('This product is only served by appointment.', { serviceId: 'No walk-ins.' });
  const reason = input.outsideHoursReason?.trim() || undefined;
  const serving = await db().desk.findMany({
    where: {
      active: true,
      location: { active: true },
      services: { some: { serviceId: service.id } },
      ...(input.deskId ? { id: input.deskId } : {}),
    },
    orderBy: { name: 'asc' },
  });
  if (serving.length === 0)
    throw new ValidationError(
      input.deskId ? 'That desk does not serve this product.' : 'No desk serves this product.',
      { deskId: 'No desk for this product.' },
    );
  const desks = await desksOpenNow(serving, reason);
  // from this very moment, not the start of the minute: the previous visitor's time may have ended a few seconds ago
  const start = new Date();
  const end = new Date(start.getTime() + service.durationMinutes * 60_000);
  for (const desk of desks) {
    const token = randomToken();
    try {
      return await db().$transaction(async (tx) => {
        const appointment = await tx.appointment.create({
          data: {
            code: newAppointmentCode(),
            serviceId: service.id,
            deskId: desk.id,
            locationId: desk.locationId,
            startsAt: start,
            endsAt: end,
            blockedUntil: new Date(end.getTime() + service.bufferMinutes * 60_000),
            channel: 'walk_in',
            name: input.name?.trim() || 'Zonder afspraak',
            language: input.language ?? 'nl',
            ticketId: input.ticketId,
            manageTokenHash: sha256Hex(token),
            manageTokenEnc: encryptSecret(token),
            createdByUserId: input.userId,
          },
        });
        const visit = await registerVisit(tx, {
          locationId: desk.locationId,
          serviceId: service.id,
          queuePrefix: service.queuePrefix,
          language: appointment.language,
          appointment,
          onlyDeskId: desk.id,
          outsideHoursReason: reason,
        });
        return { appointment: { ...appointment, status: 'checked_in' as const }, visit };
      });
    } catch (err) {
      if (isOverlap(err)) continue;
      throw err;
    }
  }
  throw new ConflictError(
    'Every desk for this product has an appointment now: serve the visitor after it, or on another desk.',
    { deskId: 'Taken now.' },
  );
}
