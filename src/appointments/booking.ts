import { randomInt } from 'node:crypto';
import { DateTime } from 'luxon';
import { db } from '../db';
import {
  Prisma,
  type Appointment,
  type AppointmentChannel,
  type Language,
  type Service,
} from '../generated/prisma/client';
import { VersionMismatch } from '../shared/versions';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';
import { resolveContact } from '../contacts/resolve';
import { recordEvent } from '../tickets/events';
import { randomToken, sha256Hex } from '../shared/tokens';
import { encryptSecret } from '../shared/secretBox';
import { BRUSSELS } from '../shared/dates';
import { availability, type ServiceRules } from './availability';
import { agendasFor, productKey } from './agenda';
import { forgetReminder, scheduleReminder } from './reminders';
import { tellCitizen } from './tell';

export class SlotTaken extends ConflictError {
  constructor() {
    super('This time is no longer free: choose another time from the availability.', { start: 'No longer free.' });
  }
}

/** Codes people read out or type at the kiosk: no 0/O, 1/I/L. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newAppointmentCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** The database's own refusal of a second appointment on a desk at an overlapping time (appointment_no_overlap). */
export function isOverlap(err: unknown): boolean {
  const text = `${(err as Error)?.message ?? ''} ${JSON.stringify((err as { meta?: unknown })?.meta ?? {})} ${JSON.stringify((err as { cause?: unknown })?.cause ?? {})}`;
  return text.includes('23P01') || text.includes('appointment_no_overlap');
}

const localDay = (d: Date) => DateTime.fromJSDate(d, { zone: BRUSSELS }).toISODate()!;

/** Staff booking for a caller or at the counter may book at short notice and further ahead than citizens online. */
function rulesFor(service: Service, channel: AppointmentChannel): ServiceRules {
  const staff = channel !== 'online';
  return {
    durationMinutes: service.durationMinutes,
    bufferMinutes: service.bufferMinutes,
    minNoticeMinutes: staff ? 0 : service.minNoticeMinutes,
    maxDaysAhead: staff ? Math.max(service.maxDaysAhead, 365) : service.maxDaysAhead,
  };
}

/** The desks free at exactly `start` for this product, or none. */
async function desksFreeAt(
  service: Service,
  start: Date,
  channel: AppointmentChannel,
  exceptAppointmentId?: string,
): Promise<{ deskId: string; locationId: string }[]> {
  const day = localDay(start);
  const agendas = await agendasFor(service.id, day, day, { exceptAppointmentId });
  const slot = availability(rulesFor(service, channel), agendas, day, day, new Date()).find(
    (s) => s.start.getTime() === start.getTime(),
  );
  if (!slot) return [];
  return slot.deskIds.map((deskId) => ({ deskId, locationId: agendas.find((a) => a.deskId === deskId)!.locationId }));
}

export async function findService(idOrCode: string, opts: { online?: boolean } = {}): Promise<Service> {
  const service = await db().service.findFirst({ where: { active: true, ...productKey(idOrCode) } });
  if (!service) throw new NotFoundError('No such product: see GET /api/public/services.');
  if (opts.online && !service.bookableOnline)
    throw new ValidationError('This product cannot be booked online: please call us.', {
      serviceId: 'Not bookable online.',
    });
  return service;
}

export interface BookingInput {
  serviceId: string;
  start: Date;
  name: string;
  email?: string;
  phone?: string;
  language: Language;
  channel: AppointmentChannel;
  createdByUserId?: string;
  ticketId?: string;
  /** the logged-in citizen's login (src/citizens): the appointment shows in their Mijn dossiers */
  citizenSubject?: string;
}

export interface Booked {
  appointment: Appointment;
  manageToken: string;
}

/**
 * Books the first free desk for that time. The check before is only a guide: the insert itself is refused by the
 * database when another booking took the desk a moment earlier, and then the next desk is tried, so with k free
 * desks exactly k of any number of simultaneous bookings succeed.
 */
export async function book(input: BookingInput): Promise<Booked> {
  const service = await findService(input.serviceId, { online: input.channel === 'online' });
  if (!input.email && !input.phone)
    throw new ValidationError('Give an email address or a phone number, so we can confirm and remind you.', {
      email: 'Email or phone needed.',
    });
  // a repeated request (a lost answer, a double click) must not take a second time for the same person
  const same = await db().appointment.findFirst({
    where: {
      serviceId: service.id,
      startsAt: input.start,
      status: 'booked',
      OR: [...(input.email ? [{ email: input.email }] : []), ...(input.phone ? [{ phone: input.phone }] : [])],
    },
  });
  if (same)
    throw new ConflictError(
      'You already have this appointment: use the link in your confirmation to see, move or cancel it.',
      { start: 'Already booked by you.' },
    );
  const candidates = await desksFreeAt(service, input.start, input.channel);
  if (candidates.length === 0) throw new SlotTaken();
  const end = new Date(input.start.getTime() + service.durationMinutes * 60_000);
  const blockedUntil = new Date(end.getTime() + service.bufferMinutes * 60_000);
  for (const desk of candidates) {
    const token = randomToken();
    try {
      const result = await db().$transaction(async (tx) => {
        const contact = await resolveContact(tx, {
          name: input.name,
          email: input.email,
          phone: input.phone,
          language: input.language,
          citizenSubject: input.citizenSubject,
        });
        const appointment = await tx.appointment.create({
          data: {
            code: newAppointmentCode(),
            serviceId: service.id,
            deskId: desk.deskId,
            locationId: desk.locationId,
            startsAt: input.start,
            endsAt: end,
            blockedUntil,
            channel: input.channel,
            name: input.name,
            email: input.email,
            phone: input.phone,
            language: input.language,
            contactId: contact?.id,
            ticketId: input.ticketId,
            manageTokenHash: sha256Hex(token),
            manageTokenEnc: encryptSecret(token),
            createdByUserId: input.createdByUserId,
          },
        });
        if (input.ticketId)
          await recordEvent(tx, input.ticketId, 'appointment_booked', input.createdByUserId, {
            appointmentId: appointment.id,
            code: appointment.code,
            start: input.start.toISOString(),
            service: service.nameNl,
          });
        return { appointment, outbox: await tellCitizen(tx, appointment, 'confirmed') };
      });
      await scheduleReminder(result.appointment, service.reminderHoursBefore);
      return { appointment: result.appointment, manageToken: token };
    } catch (err) {
      if (isOverlap(err)) continue;
      throw err;
    }
  }
  throw new SlotTaken();
}

export async function appointmentForToken(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return (
    (await db().appointment.findUnique({
      where: { manageTokenHash: sha256Hex(token) },
      include: { service: true, location: true },
    })) ?? undefined
  );
}

function assertChangeable(a: Appointment) {
  if (a.status === 'cancelled') throw new ConflictError('This appointment was cancelled; make a new one.');
  if (a.status !== 'booked') throw new ConflictError('This appointment has already taken place.');
  if (a.startsAt.getTime() <= Date.now())
    throw new ConflictError('This appointment has already started; call us to change it.');
}

/** Moves an appointment to another free time (its own desk when free, else another desk), keeping its code and link. */
/** With `by.version` (staff moving it from a screen) a move of an appointment changed since is refused: VersionMismatch. */
export async function reschedule(
  a: Appointment,
  start: Date,
  by: { channel: AppointmentChannel; userId?: string; version?: number },
): Promise<Appointment> {
  if (by.version !== undefined && a.version !== by.version) throw new VersionMismatch(a.id);
  assertChangeable(a);
  const service = await db().service.findUniqueOrThrow({ where: { id: a.serviceId } });
  const candidates = (await desksFreeAt(service, start, by.channel === 'online' ? 'online' : by.channel, a.id)).sort(
    (x, y) => Number(y.deskId === a.deskId) - Number(x.deskId === a.deskId),
  );
  if (candidates.length === 0) throw new SlotTaken();
  const end = new Date(start.getTime() + service.durationMinutes * 60_000);
  for (const desk of candidates) {
    try {
      const result = await db().$transaction(async (tx) => {
        const moved = await tx.appointment.update({
          where: { id: a.id, status: 'booked', ...(by.version !== undefined ? { version: by.version } : {}) },
          data: {
            startsAt: start,
            endsAt: end,
            blockedUntil: new Date(end.getTime() + service.bufferMinutes * 60_000),
            deskId: desk.deskId,
            locationId: desk.locationId,
            reminderSentAt: null,
            sequence: { increment: 1 },
          },
        });
        if (a.ticketId)
          await recordEvent(tx, a.ticketId, 'appointment_moved', by.userId, {
            appointmentId: a.id,
            from: a.startsAt.toISOString(),
            to: start.toISOString(),
          });
        return { moved, outbox: await tellCitizen(tx, moved, 'rescheduled') };
      });
      await scheduleReminder(result.moved, service.reminderHoursBefore);
      return result.moved;
    } catch (err) {
      if (isOverlap(err)) continue;
      if (by.version !== undefined && err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2025')
        throw new VersionMismatch(a.id);
      throw err;
    }
  }
  throw new SlotTaken();
}

export async function cancel(a: Appointment, by: { userId?: string }): Promise<Appointment> {
  if (a.status === 'cancelled') return a;
  assertChangeable(a);
  const result = await db().$transaction(async (tx) => {
    const cancelled = await tx.appointment.update({
      where: { id: a.id },
      data: { status: 'cancelled', cancelledAt: new Date(), sequence: { increment: 1 } },
    });
    if (a.ticketId)
      await recordEvent(tx, a.ticketId, 'appointment_cancelled', by.userId, {
        appointmentId: a.id,
        start: a.startsAt.toISOString(),
      });
    return { cancelled, outbox: await tellCitizen(tx, cancelled, 'cancelled') };
  });
  await forgetReminder(a.id);
  return result.cancelled;
}
