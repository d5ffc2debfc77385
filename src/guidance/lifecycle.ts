import type { Tx } from '../db';
import type { Appointment, AppointmentStatus, Language, Visit, VisitStatus } from '../generated/prisma/client';
import { DateTime } from 'luxon';
import { nextQueueNumber } from './numbers';
import { BRUSSELS } from '../shared/dates';

/** The local day a queue number belongs to. */
export const today = (at = new Date()) => DateTime.fromJSDate(at, { zone: BRUSSELS }).toISODate()!;

/**
 * One visit lifecycle, whoever registers the visitor (the kiosk with a code, the kiosk without one, a clerk in the
 * Dagplanning): registered and waiting at once → called → serving → done, no-show or left (cancelled). The visit is
 * what the Wachtzaal, the desks' queues, the screens and every report read; its appointment, when it has one,
 * follows it. A walk-in is a visit without an appointment made beforehand: none at all (kiosk), or the appointment a
 * clerk books on the desk from now (channel walk_in) so nobody is booked on top of it.
 */
export interface Registration {
  locationId: string;
  serviceId: string;
  queuePrefix: string;
  language: Language;
  appointment?: Pick<Appointment, 'id' | 'startsAt' | 'channel'>;
  /** only this desk calls them: the desk whose time the clerk booked */
  onlyDeskId?: string;
  outsideHoursReason?: string;
}

const isWalkIn = (appointment?: Pick<Appointment, 'channel'> | null) =>
  !appointment || appointment.channel === 'walk_in';

/** Draws the day's number and creates the waiting visit; its appointment (if any) is checked in, in the same transaction. */
export async function registerVisit(tx: Tx, r: Registration): Promise<Visit> {
  const now = new Date();
  const number = await nextQueueNumber(tx, r.locationId, today(now), r.queuePrefix);
  const walkIn = isWalkIn(r.appointment);
  const visit = await tx.visit.create({
    data: {
      locationId: r.locationId,
      serviceId: r.serviceId,
      appointmentId: r.appointment?.id,
      day: new Date(`${today(now)}T00:00:00Z`),
      number,
      walkIn,
      language: r.language,
      // an appointment is due at its time, a walk-in from their arrival
      dueAt: walkIn ? now : r.appointment!.startsAt,
      checkedInAt: now,
      onlyDeskId: r.onlyDeskId,
      outsideHoursReason: r.outsideHoursReason,
    },
  });
  if (r.appointment) await tx.appointment.update({ where: { id: r.appointment.id }, data: { status: 'checked_in' } });
  return visit;
}

// a visitor who left after checking in did come, but was not served: for the appointment that is a no-show
const appointmentStatusAfter: Partial<Record<VisitStatus, AppointmentStatus>> = {
  done: 'completed',
  no_show: 'no_show',
  cancelled: 'no_show',
};

/**
 * The visit is over (done, no-show or left): its appointment says so and ends now, so the rest of its booked time (and
 * its buffer) is free for the next visitor. It never ends before it started: a visitor served early frees the whole
 * slot (an empty range overlaps nothing).
 */
export async function endAppointmentOf(
  tx: Tx,
  visit: Pick<Visit, 'appointmentId'>,
  status: VisitStatus,
  at: Date,
): Promise<void> {
  const next = appointmentStatusAfter[status];
  if (!visit.appointmentId || !next) return;
  await tx.$executeRaw`
    UPDATE appointment SET status = ${next}::"AppointmentStatus",
      ends_at = GREATEST(starts_at, LEAST(ends_at, ${at}::timestamptz)), blocked_until = GREATEST(starts_at, LEAST(blocked_until, ${at}::timestamptz)), updated_at = now()
    WHERE id = ${visit.appointmentId}::uuid`;
}
