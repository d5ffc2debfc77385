import { z } from 'zod';
import { Moment } from '../shared/dates';
import { defineRoute } from '../http/route';
import { IdParam } from '../http/list';
import { EmailField, PhoneField } from '../shared/identities';
import { ticketFor } from '../tickets/access';
import { brusselsIso } from './availability';
import { book, cancel, reschedule } from './booking';
import { findAppointment } from './appointmentList';
import type { Appointment } from '../generated/prisma/client';
import { staleVersion, Version, VersionMismatch } from '../shared/versions';
import { lastAuditedChange } from '../audit/lastChange';

const STAFF = ['admin', 'agent', 'staff'] as const;
/** An appointment as staff see it: times in Brussels, never the manage link's secrets. */
export const present = (a: Appointment) => ({
  ...a,
  manageTokenHash: undefined,
  manageTokenEnc: undefined,
  start: brusselsIso(a.startsAt),
  end: brusselsIso(a.endsAt),
});

export const appointmentStaffRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/admin/appointments',
    tag: 'appointments',
    summary:
      'Book for a citizen (on the phone or at the counter), optionally from a ticket: the two stay linked both ways. The citizen gets the same confirmation as online.',
    access: STAFF,
    audit: { action: 'create', entity: 'contact' },
    body: z
      .object({
        serviceId: z.string().min(1).max(100),
        start: Moment,
        name: z.string().trim().min(2).max(200),
        email: z.preprocess((v) => (v === '' ? undefined : v), EmailField.optional()),
        phone: z.preprocess((v) => (v === '' ? undefined : v), PhoneField.optional()),
        language: z.enum(['nl', 'en']).default('nl'),
        channel: z.enum(['phone', 'counter']).default('phone'),
        ticketId: z.uuid().optional(),
      })
      .refine((b) => b.email || b.phone, {
        message: 'Give an email address or a phone number for the confirmation and reminder.',
        path: ['email'],
      }),
    handler: async (req, res, { body }) => {
      // a ticket the user may not see cannot be linked
      if (body.ticketId) await ticketFor(req.user!, body.ticketId);
      const { appointment: a } = await book({ ...body, createdByUserId: req.user!.id });
      res.status(201).json(present(a));
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/appointments/:id/move',
    tag: 'appointments',
    summary:
      'Move an appointment to another free time for the citizen (they are told, with a new calendar invitation). With the version you read: 409 when it changed since.',
    access: STAFF,
    audit: { action: 'change', entity: 'contact' },
    params: IdParam,
    body: z.object({ start: Moment, version: Version }),
    responses: {
      409: 'Changed by someone else since the given version (or the time was just taken); nothing was changed.',
    },
    handler: async (req, _res, { params, body }) => {
      try {
        return present(
          await reschedule(await findAppointment(params.id), body.start, {
            channel: 'phone',
            userId: req.user!.id,
            version: body.version,
          }),
        );
      } catch (err) {
        if (!(err instanceof VersionMismatch)) throw err;
        const now = await findAppointment(params.id);
        throw staleVersion(
          'deze afspraak',
          await lastAuditedChange(params.id, now.updatedAt, { start: 'tijdstip' }),
          present(now),
        );
      }
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/appointments/:id',
    tag: 'appointments',
    summary: 'Cancel an appointment for the citizen (they are told; the time becomes free).',
    access: STAFF,
    audit: { action: 'change', entity: 'contact' },
    params: IdParam,
    handler: async (req, _res, { params }) =>
      present(await cancel(await findAppointment(params.id), { userId: req.user!.id })),
  }),
];
