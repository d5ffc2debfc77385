import { z } from 'zod';
import { DateTime } from 'luxon';
import { defineRoute } from '../../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../../http/list';
import type { Prisma } from '../../generated/prisma/client';
import { countAppointments, findAppointment, listAppointments, type AppointmentWithVisit } from '../appointmentList';
import { READ, TAG, insensitive } from './common';

/**
 * The appointments, read-only here (booking, rescheduling and cancelling live with the booking logic). They show a
 * citizen's name, email and phone, so every read is written to the audit log.
 *
 * Department staff see every appointment, not only those of their department's products: they serve at the
 * counters, and a counter takes whoever walks up with whichever product its desk serves.
 */
const present = (a: AppointmentWithVisit) => ({
  id: a.id,
  code: a.code,
  serviceId: a.serviceId,
  deskId: a.deskId,
  locationId: a.locationId,
  startsAt: a.startsAt,
  endsAt: a.endsAt,
  status: a.status,
  channel: a.channel,
  name: a.name,
  email: a.email,
  phone: a.phone,
  language: a.language,
  contactId: a.contactId,
  ticketId: a.ticketId,
  createdByUserId: a.createdByUserId,
  reminderSentAt: a.reminderSentAt,
  cancelledAt: a.cancelledAt,
  createdAt: a.createdAt,
  // a move names the version it was made against (a colleague's change since is a 409)
  version: a.version,
  // where the visitor stands at the counter (the visit's lifecycle), once they checked in or a clerk registered them
  visit: a.visit ? { id: a.visit.id, number: a.visit.number, status: a.visit.status } : null,
});

const BRUSSELS = 'Europe/Brussels';

/** A day on the Brussels wall clock, from its local midnight to the next one: 23, 24 or 25 hours. */
export function brusselsDay(day: string): { gte: Date; lt: Date } {
  const start = DateTime.fromISO(day, { zone: BRUSSELS }).startOf('day');
  return { gte: start.toJSDate(), lt: start.plus({ days: 1 }).startOf('day').toJSDate() };
}

const Day = z.iso
  .date('Use YYYY-MM-DD.')
  .refine((d) => DateTime.fromISO(d, { zone: BRUSSELS }).isValid, 'No such day.');
const Status = z.enum(
  ['booked', 'checked_in', 'completed', 'no_show', 'cancelled'],
  'Choose booked, checked_in, completed, no_show or cancelled.',
);
const Channel = z.enum(['online', 'phone', 'counter', 'walk_in'], 'Choose online, phone, counter or walk_in.');

const Filter = z.strictObject({
  id: oneOrMany(z.uuid()).optional(),
  /** YYYY-MM-DD in Europe/Brussels */
  day: Day.optional(),
  deskId: z.uuid().optional(),
  locationId: z.uuid().optional(),
  serviceId: z.uuid().optional(),
  status: oneOrMany(Status).optional(),
  channel: oneOrMany(Channel).optional(),
  ticketId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  /** name, email, phone or code */
  q: z.string().trim().min(1).max(100).optional(),
});

export const appointmentAdminListRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/appointments',
    tag: TAG,
    summary:
      'List appointments; day is a day in Europe/Brussels (YYYY-MM-DD). Shows personal data: every read is audited.',
    access: READ,
    audit: { action: 'view', entity: 'contact' },
    query: listQuery(Filter, ['startsAt', 'endsAt', 'createdAt', 'status', 'name', 'code']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const q = f.q;
      const digits = q?.replace(/\D/g, '') ?? '';
      const where: Prisma.AppointmentWhereInput = {
        id: inOrEq(f.id),
        deskId: f.deskId,
        locationId: f.locationId,
        serviceId: f.serviceId,
        status: inOrEq(f.status),
        channel: inOrEq(f.channel),
        ticketId: f.ticketId,
        contactId: f.contactId,
        ...(f.day ? { startsAt: brusselsDay(f.day) } : {}),
        ...(q
          ? {
              OR: [
                { name: insensitive(q) },
                { email: insensitive(q) },
                { code: insensitive(q) },
                { phone: { contains: q } },
                // phones are stored as +32…: "0470 12 34 56" finds +32470123456
                ...(digits.length >= 3 ? [{ phone: { contains: digits.replace(/^0/, '') } }] : []),
              ],
            }
          : {}),
      };
      await sendList(
        res,
        'appointments',
        query.range,
        (page) =>
          listAppointments(where, [orderOf(query.sort, ['startsAt', 'asc']), { startsAt: 'asc' }, { id: 'asc' }], page),
        () => countAppointments(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/appointments/:id',
    tag: TAG,
    summary: 'One appointment (audited: it shows personal data).',
    access: READ,
    audit: { action: 'view', entity: 'contact' },
    params: IdParam,
    handler: async (_req, _res, { params }) => present(await findAppointment(params.id)),
  }),
];
