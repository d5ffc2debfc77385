import { DateTime } from 'luxon';
import { db } from '../db';
import { agendasFor } from '../appointments/agenda';
import { availability } from '../appointments/availability';
import { book } from '../appointments/booking';
import { recordEvent } from '../tickets/events';
import { BRUSSELS } from '../shared/dates';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';
import { PICKUP_SERVICE } from './delivery';

const DAYS_AHEAD = 14;
const OFFERED = 12;

async function pickupService() {
  const service = await db().service.findFirst({ where: { code: PICKUP_SERVICE, active: true } });
  if (!service)
    throw new NotFoundError('Picking up documents by appointment is not offered here: come during walk-in hours.');
  return service;
}

/** The next free times of the "afhalen" product, for a citizen whose document is ready. */
export async function pickupSlots(): Promise<Date[]> {
  const service = await pickupService();
  const from = DateTime.now().setZone(BRUSSELS).toISODate()!;
  const to = DateTime.now().setZone(BRUSSELS).plus({ days: DAYS_AHEAD }).toISODate()!;
  const agendas = await agendasFor(service.id, from, to);
  return availability({ ...service }, agendas, from, to, new Date())
    .slice(0, OFFERED)
    .map((s) => s.start);
}

/**
 * Books a time to pick up a ready document, for the citizen of the ticket: the appointment points at the ticket,
 * so the kiosk knows what they come for. Their confirmation (with the kiosk code) goes out as for any booking.
 */
export async function bookPickup(ticketId: string, start: Date) {
  const request = await db().documentRequest.findUnique({
    where: { ticketId },
    include: { ticket: { include: { contact: { include: { identities: true } } } } },
  });
  if (!request || request.delivery !== 'pickup')
    throw new ValidationError('This case has no document to pick up.', { start: 'Nothing to pick up.' });
  const ready = await db().ticketEvent.findFirst({ where: { ticketId, type: 'document_pickup_ready' } });
  if (!ready) throw new ConflictError('Your document is not ready yet: we will tell you when it is.');
  const booked = await db().appointment.findFirst({
    where: { ticketId, status: 'booked', service: { code: PICKUP_SERVICE } },
  });
  if (booked) throw new ConflictError('You already have a time to pick it up.', { start: 'Already booked.' });
  const service = await pickupService();
  const { ticket } = request;
  const identity = (kind: string) => ticket.contact?.identities.find((i) => i.kind === kind)?.value;
  return book({
    serviceId: service.id,
    start,
    name: ticket.contact?.name || ticket.reference,
    email: identity('email'),
    phone: identity('phone'),
    language: ticket.language,
    channel: 'online',
    ticketId,
  });
}

/**
 * At the kiosk: a visitor who checks in for an appointment made to pick up a document. The request's ticket hears
 * of it (once), and the kiosk says which document is waiting.
 */
export async function documentAtCheckIn(appointmentId: string) {
  const appointment = await db().appointment.findUnique({
    where: { id: appointmentId },
    include: { ticket: { include: { documentRequest: { include: { documentType: true } } } } },
  });
  const request = appointment?.ticket?.documentRequest;
  if (!appointment?.ticket || !request) return undefined;
  const seen = await db().ticketEvent.findFirst({
    where: { ticketId: request.ticketId, type: 'document_pickup_checked_in' },
  });
  if (!seen)
    await db().$transaction((tx) =>
      recordEvent(tx, request.ticketId, 'document_pickup_checked_in', null, { appointmentId, code: appointment.code }),
    );
  return {
    reference: appointment.ticket.reference,
    nameNl: request.documentType.nameNl,
    nameEn: request.documentType.nameEn,
  };
}
