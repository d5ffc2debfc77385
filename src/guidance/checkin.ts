import { DateTime } from 'luxon';
import { db } from '../db';
import { config } from '../config';
import { BRUSSELS } from '../shared/dates';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';
import type { Device, Language, Visit } from '../generated/prisma/client';
import { retryOnConflict } from '../shared/retry';
import { clock } from '../shared/clock';
import { registerVisit } from './lifecycle';
import { walkInHoursOn } from './hours';
import { hoursText, openAt } from './openBlocks';

export class CheckInRefused extends ValidationError {}

const wallClock = (at: Date) => DateTime.fromJSDate(at, { zone: BRUSSELS }).toFormat('HH:mm');

/** 'today', 'tomorrow' or 'later': the appointment's day on the Brussels calendar, seen from `now`. */
function dayOf(startsAt: Date, now: number): 'today' | 'tomorrow' | 'later' {
  const today = DateTime.fromMillis(now, { zone: BRUSSELS }).startOf('day');
  const day = DateTime.fromJSDate(startsAt, { zone: BRUSSELS }).startOf('day');
  if (day.hasSame(today, 'day')) return 'today';
  return day.hasSame(today.plus({ days: 1 }), 'day') ? 'tomorrow' : 'later';
}

/**
 * A visitor with an appointment checks in with its code (typed, or scanned from the QR code in the confirmation).
 * Early and late arrival follow CHECKIN_EARLY_MINUTES and CHECKIN_LATE_MINUTES; checking in twice gives the same number.
 */
export async function checkInAppointment(device: Device, rawCode: string, language: Language): Promise<Visit> {
  const code = rawCode
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  const appointment = await db().appointment.findUnique({ where: { code }, include: { service: true, visit: true } });
  if (!appointment || appointment.locationId !== device.locationId)
    throw new NotFoundError('We do not know this code here. Check it, or ask at the reception desk.');
  if (appointment.visit) return appointment.visit;
  if (appointment.status === 'cancelled')
    throw new ConflictError('This appointment was cancelled. Ask at the reception desk.');
  const now = Date.now();
  const c = config();
  const from = new Date(appointment.startsAt.getTime() - c.CHECKIN_EARLY_MINUTES * 60_000);
  if (now < from.getTime()) {
    // the kiosk says the day and both times in the visitor's language: someone a day early must hear "tomorrow"
    throw new CheckInRefused(
      `You are early: your appointment is ${dayOf(appointment.startsAt, now)} at ${wallClock(appointment.startsAt)}; check in from ${wallClock(from)}.`,
      {
        code: 'too_early',
        startsAt: appointment.startsAt.toISOString(),
        checkInFrom: from.toISOString(),
        day: dayOf(appointment.startsAt, now),
      },
    );
  }
  if (now > appointment.startsAt.getTime() + c.CHECKIN_LATE_MINUTES * 60_000) {
    throw new CheckInRefused(
      'You are too late for this appointment. Ask at the reception desk, or take a number without appointment if that is possible today.',
      { code: 'too_late' },
    );
  }
  return retryOnConflict(() =>
    db().$transaction((tx) =>
      registerVisit(tx, {
        locationId: device.locationId,
        serviceId: appointment.serviceId,
        queuePrefix: appointment.service.queuePrefix,
        language,
        appointment,
      }),
    ),
  );
}

/** A visitor without appointment picks a product at the kiosk during walk-in hours and gets a number. */
export async function checkInWalkIn(device: Device, serviceId: string, language: Language): Promise<Visit> {
  const service = await db().service.findFirst({
    where: { id: serviceId, active: true, desks: { some: { desk: { locationId: device.locationId, active: true } } } },
  });
  if (!service) throw new NotFoundError('This product is not served here.');
  if (!service.walkInAllowed)
    throw new CheckInRefused('This product is only served by appointment.', { serviceId: 'appointment_only' });
  const at = clock.now();
  const hours = await walkInHoursOn(device.locationId, at);
  if (!openAt(hours, at)) {
    const text = hoursText(hours);
    throw new CheckInRefused(
      `${text ? `Without appointment today: ${text}.` : 'There are no hours without appointment today.'} Make an appointment at the kiosk or online.`,
      { serviceId: 'closed', hours: text },
    );
  }
  return retryOnConflict(() =>
    db().$transaction((tx) =>
      registerVisit(tx, { locationId: device.locationId, serviceId, queuePrefix: service.queuePrefix, language }),
    ),
  );
}
