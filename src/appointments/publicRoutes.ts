import { z } from 'zod';
import { LocalDay, Moment } from '../shared/dates';
import { DateTime } from 'luxon';
import { defineRoute } from '../http/route';
import { rateLimit } from '../http/rateLimit';
import { config } from '../config';
import { NotFoundError } from '../shared/errors';
import { EmailField, PhoneField } from '../shared/identities';
import type { Appointment, Location, Service } from '../generated/prisma/client';
import { brusselsIso, brusselsIsoOf, freeTimes, type FreeTimes } from './availability';
import { agendasFor, agendasForProduct } from './agenda';
import { appointmentForToken, book, cancel, findService, reschedule } from './booking';
import { manageUrl } from './tell';
import { citizenSubjectOf } from '../citizens/current';
import { activeProducts } from './products';

const reads = rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE);
const forms = rateLimit('forms', () => config().RATE_LIMIT_FORMS_PER_MINUTE);
const MAX_RANGE_DAYS = 62;

export function presentService(s: Service, lang: 'nl' | 'en') {
  return {
    id: s.id,
    code: s.code,
    name: lang === 'en' ? s.nameEn : s.nameNl,
    description: lang === 'en' ? s.descriptionEn : s.descriptionNl,
    durationMinutes: s.durationMinutes,
    documents: lang === 'en' ? s.documentsEn : s.documentsNl,
    priceNote: s.priceNote,
    bookableOnline: s.bookableOnline,
    walkInAllowed: s.walkInAllowed,
    minNoticeMinutes: s.minNoticeMinutes,
    maxDaysAhead: s.maxDaysAhead,
  };
}

function presentAppointment(a: Appointment & { service: Service; location: Location }, lang: 'nl' | 'en') {
  return {
    id: a.id,
    code: a.code,
    status: a.status,
    start: brusselsIso(a.startsAt),
    end: brusselsIso(a.endsAt),
    name: a.name,
    service: presentService(a.service, lang),
    location: { name: a.location.name, address: a.location.address },
    changeable: a.status === 'booked' && a.startsAt.getTime() > Date.now(),
  };
}

/**
 * The availability answer, { serviceId, code, from, to, slots: [{ start, end, freeDesks }] }, written as text: two
 * months of ten desks are some 1,500 slots, and building an object (and two Dates) for each only to serialize it
 * cost more than computing them. The times are ISO strings of digits, signs and colons, safe in JSON as they are.
 */
function availabilityJson(
  service: { id: string; code: string },
  window: { from: string; to: string },
  { times, deskIds, length }: FreeTimes,
): string {
  const head = JSON.stringify({ serviceId: service.id, code: service.code, from: window.from, to: window.to });
  let body = '';
  for (let k = 0; k < times.length; k++)
    body += `${k ? ',' : ''}{"start":"${brusselsIsoOf(times[k])}","end":"${brusselsIsoOf(times[k] + length)}","freeDesks":${deskIds[k].length}}`;
  return `${head.slice(0, -1)},"slots":[${body}]}`;
}

const ManageParams = z.object({ manageToken: z.string().min(1).max(200) });

async function byToken(token: string) {
  const a = await appointmentForToken(token);
  if (!a) throw new NotFoundError('No appointment for this link: use the link from your most recent confirmation.');
  return a;
}

export const appointmentPublicRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/public/services',
    tag: 'appointments',
    summary: 'Products citizens can come to the counter for, with the documents to bring.',
    access: 'public',
    before: [reads],
    query: z.object({ language: z.enum(['nl', 'en']).default('nl') }),
    handler: async (_req, _res, { query }) => {
      const rows = await activeProducts();
      return rows.map((s) => presentService(s, query.language));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/public/services/:id/availability',
    tag: 'appointments',
    summary:
      'Free times for a product (id or code) between two dates (Europe/Brussels, at most 62 days): start and end with their offset, and how many desks are free.',
    access: 'public',
    before: [reads],
    params: z.object({ id: z.string().min(1).max(100) }),
    query: z
      .object({ from: LocalDay, to: LocalDay })
      .refine((q) => q.from <= q.to, { message: '"to" must not be before "from".', path: ['to'] })
      .refine((q) => DateTime.fromISO(q.to).diff(DateTime.fromISO(q.from), 'days').days < MAX_RANGE_DAYS, {
        message: `Ask for at most ${MAX_RANGE_DAYS} days at a time.`,
        path: ['to'],
      }),
    handler: async (_req, res, { params, query }) => {
      // the agenda is read alongside the product, by the same id or code; read again in the rare case that the
      // code named another product by the time the agenda was read
      const [service, read] = await Promise.all([
        findService(params.id, { online: true }),
        agendasForProduct(params.id, query.from, query.to),
      ]);
      const agendas = read.serviceId === service.id ? read.agendas : await agendasFor(service.id, query.from, query.to);
      const free = freeTimes({ ...service }, agendas, query.from, query.to, new Date());
      res.setHeader('Cache-Control', 'no-store');
      // end, not send: send would hash the 125 KB answer for an ETag that no-store makes useless
      res.type('json').end(availabilityJson(service, query, free));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/public/appointments',
    tag: 'appointments',
    summary:
      'Book a free time. Answers with the code for the kiosk and the manageToken for the reschedule/cancel link (sent by email/SMS too); 409 when the time was just taken.',
    access: 'public',
    before: [forms],
    body: z
      .object({
        serviceId: z.string().min(1).max(100),
        start: Moment,
        name: z.string().trim().min(2, 'Give your name.').max(200),
        email: z.preprocess((v) => (v === '' ? undefined : v), EmailField.optional()),
        phone: z.preprocess((v) => (v === '' ? undefined : v), PhoneField.optional()),
        language: z.enum(['nl', 'en']).default('nl'),
      })
      .refine((b) => b.email || b.phone, {
        message: 'Give an email address or a phone number, so we can confirm and remind you.',
        path: ['email'],
        // also when another field is wrong, so every problem is told in one round
        when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
      }),
    handler: async (req, res, { body }) => {
      const citizenSubject = await citizenSubjectOf(req);
      const { appointment, manageToken } = await book({ ...body, channel: 'online', citizenSubject });
      res.status(201).json({
        id: appointment.id,
        code: appointment.code,
        start: brusselsIso(appointment.startsAt),
        end: brusselsIso(appointment.endsAt),
        manageToken,
        manageUrl: manageUrl(manageToken),
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/public/appointments/manage/:manageToken',
    tag: 'appointments',
    summary: 'The appointment behind a reschedule/cancel link.',
    access: 'public',
    before: [reads],
    params: ManageParams,
    query: z.object({ language: z.enum(['nl', 'en']).optional() }),
    handler: async (_req, res, { params, query }) => {
      res.setHeader('Cache-Control', 'no-store');
      const a = await byToken(params.manageToken);
      return presentAppointment(a, query.language ?? a.language);
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/api/public/appointments/manage/:manageToken',
    tag: 'appointments',
    summary: 'Move the appointment to another free time (body: start).',
    access: 'public',
    before: [forms],
    params: ManageParams,
    body: z.object({ start: Moment }),
    handler: async (_req, _res, { params, body }) => {
      const a = await byToken(params.manageToken);
      await reschedule(a, body.start, { channel: 'online' });
      return presentAppointment(await byToken(params.manageToken), a.language);
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/public/appointments/manage/:manageToken',
    tag: 'appointments',
    summary: 'Cancel the appointment (the time becomes free for someone else).',
    access: 'public',
    before: [forms],
    params: ManageParams,
    handler: async (_req, _res, { params }) => {
      const a = await byToken(params.manageToken);
      await cancel(a, {});
      return presentAppointment(await byToken(params.manageToken), a.language);
    },
  }),
];
