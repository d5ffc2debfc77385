import { z } from 'zod';
import type { Request, Response } from 'express';
import { defineRoute } from '../http/route';
import { IdParam, listQuery, oneOrMany, inOrEq, orderOf, sendList } from '../http/list';
import { rateLimit } from '../http/rateLimit';
import { config } from '../config';
import type { Visit } from '../generated/prisma/client';
import { countDevices, createDevice, deviceFor, listDevices, revokeDevice } from './devices';
import { checkInReceipt, kioskMenu, screenLocation } from './kiosk';
import { checkInAppointment, checkInWalkIn } from './checkin';
import { hoursText, openAt } from './openBlocks';
import { clock } from '../shared/clock';
import { advance, callNext, countVisits, floor, listVisits, queueFor, recall, recentCalls, transfer } from './queue';
import { attachScreen, displayReady } from './display';
import { documentAtCheckIn } from '../eloket/pickup';

const STAFF = ['admin', 'agent', 'staff'] as const;
const kioskLimit = rateLimit('forms', () => config().RATE_LIMIT_FORMS_PER_MINUTE);
const reads = rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE);

const presentVisit = (v: Visit & { position?: number }) => ({
  id: v.id,
  number: v.number,
  status: v.status,
  serviceId: v.serviceId,
  appointmentId: v.appointmentId,
  walkIn: v.walkIn,
  language: v.language,
  dueAt: v.dueAt,
  deskId: v.deskId,
  onlyDeskId: v.onlyDeskId,
  checkedInAt: v.checkedInAt,
  calledAt: v.calledAt,
  callCount: v.callCount,
  servedAt: v.servedAt,
  finishedAt: v.finishedAt,
  ...(v.position ? { position: v.position } : {}),
});

export const guidanceRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/kiosk/services',
    tag: 'guidance',
    summary:
      "For a kiosk (X-Device-Token): its location, whether walk-ins are served now and today's hours for them, and the products one can take a number for.",
    access: 'public',
    before: [reads],
    query: z.object({ language: z.enum(['nl', 'en', 'fr']).default('nl') }),
    handler: async (req, _res, { query }) => {
      const device = await deviceFor(req, 'kiosk');
      const at = clock.now();
      const { location, services, hours } = await kioskMenu(device.locationId, at);
      return {
        location: location.name,
        walkInOpen: openAt(hours, at),
        // "09:00–12:00" on the Brussels wall clock, '' when there are none today: the kiosk says them when closed
        walkInHoursToday: hoursText(hours),
        services: services.map((s) => ({
          id: s.id,
          code: s.code,
          name: query.language === 'en' ? s.nameEn : s.nameNl,
          documents: query.language === 'en' ? s.documentsEn : s.documentsNl,
        })),
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/kiosk/check-in',
    tag: 'guidance',
    summary:
      'Check in at a kiosk with an appointment code (or its QR code), or take a number for a product during walk-in hours; answers with the queue number.',
    access: 'public',
    before: [kioskLimit],
    body: z
      .object({
        code: z.string().trim().min(4).max(20).optional(),
        serviceId: z.uuid().optional(),
        language: z.enum(['nl', 'en', 'fr']).default('nl'),
      })
      .refine((b) => Boolean(b.code) !== Boolean(b.serviceId), {
        message: 'Send either the appointment code or the product chosen for a visit without appointment.',
        path: ['code'],
      }),
    handler: async (req, res, { body }) => {
      const device = await deviceFor(req, 'kiosk');
      // the visit keeps Dutch or English for its messages; the kiosk itself also speaks French
      const language = body.language === 'en' ? 'en' : 'nl';
      const visit = body.code
        ? await checkInAppointment(device, body.code, language)
        : await checkInWalkIn(device, body.serviceId!, language);
      const { service, waitingBefore } = await checkInReceipt(visit);
      // an appointment made to pick up an e-loket document: the kiosk says which one waits for them
      const document = visit.appointmentId ? await documentAtCheckIn(visit.appointmentId) : undefined;
      res.status(201).json({
        number: visit.number,
        service: body.language === 'en' ? service.nameEn : service.nameNl,
        appointmentAt: visit.walkIn ? null : visit.dueAt,
        waitingBefore,
        checkedInAt: visit.checkedInAt,
        document: document
          ? { reference: document.reference, name: body.language === 'nl' ? document.nameNl : document.nameEn }
          : null,
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/display/stream',
    tag: 'guidance',
    summary:
      "A waiting-room screen's stream (Server-Sent Events; ?device=<token>): a snapshot of the recent calls, then each call as it happens.",
    access: 'public',
    handler: async (req: Request, res: Response) => {
      const device = await deviceFor(req, 'screen');
      await displayReady();
      const [location, recent] = await Promise.all([screenLocation(device.locationId), recentCalls(device.locationId)]);
      attachScreen(res, location, recent);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/desks/:id/queue',
    tag: 'guidance',
    summary: 'Who waits for this desk, in the order it will call them.',
    access: STAFF,
    params: IdParam,
    handler: async (_req, _res, { params }) => (await queueFor(params.id)).map(presentVisit),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/desks/:id/call-next',
    tag: 'guidance',
    summary: 'Call the next visitor to this desk (shown on the waiting-room screens); {visit: null} when nobody waits.',
    access: STAFF,
    params: IdParam,
    handler: async (req, res, { params }) => {
      const visit = await callNext(params.id, req.user!.id);
      res.status(200).json({ visit: visit ? presentVisit(visit) : null });
    },
  }),
  ...(['recall', 'start', 'finish', 'no-show', 'left'] as const).map((step) =>
    defineRoute({
      method: 'post',
      path: `/api/admin/visits/:id/${step}`,
      tag: 'guidance',
      summary: {
        recall: 'Call the visitor again.',
        start: 'Start serving the visitor.',
        finish: 'Finish serving the visitor.',
        'no-show': 'The called visitor did not come.',
        left: "The waiting visitor went away before being called (the visit is over as cancelled; a walk-in's desk time comes free).",
      }[step],
      access: STAFF,
      params: IdParam,
      handler: async (_req, res, { params }) => {
        const visit =
          step === 'recall' ? await recall(params.id) : await advance(params.id, step === 'no-show' ? 'no_show' : step);
        res.status(200).json(presentVisit(visit));
      },
    }),
  ),
  defineRoute({
    method: 'post',
    path: '/api/admin/visits/:id/transfer',
    tag: 'guidance',
    summary: 'Send the visitor to another desk or product; they keep their number and place.',
    access: STAFF,
    params: IdParam,
    body: z.object({ deskId: z.uuid().optional(), serviceId: z.uuid().optional() }),
    handler: async (_req, res, { params, body }) => {
      res.status(200).json(presentVisit(await transfer(params.id, body)));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/locations/:id/floor',
    tag: 'guidance',
    summary: 'Reception: who waits for what and how long, who is called or being served.',
    access: STAFF,
    params: IdParam,
    handler: async (_req, _res, { params }) => floor(params.id),
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/visits',
    tag: 'guidance',
    summary: 'Visits (filter locationId, day, status, deskId, serviceId).',
    access: STAFF,
    query: listQuery(
      z.strictObject({
        id: oneOrMany(z.uuid()).optional(),
        locationId: z.uuid().optional(),
        day: z.iso.date().optional(),
        status: z.enum(['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled']).optional(),
        deskId: z.uuid().optional(),
        serviceId: z.uuid().optional(),
      }),
      ['checkedInAt', 'calledAt'],
    ),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where = {
        id: inOrEq(f.id),
        locationId: f.locationId,
        status: f.status,
        deskId: f.deskId,
        serviceId: f.serviceId,
        ...(f.day ? { day: new Date(`${f.day}T00:00:00Z`) } : {}),
      };
      await sendList(
        res,
        'visits',
        query.range,
        (page) => listVisits(where, [orderOf(query.sort, ['checkedInAt', 'desc']), { id: 'asc' }], page),
        () => countVisits(where),
        presentVisit,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/devices',
    tag: 'guidance',
    summary: 'Kiosks and waiting-room screens (their tokens are never shown again).',
    access: ['admin'],
    query: listQuery(
      z.strictObject({ locationId: z.uuid().optional(), kind: z.enum(['kiosk', 'screen']).optional() }),
      ['createdAt', 'name'],
    ),
    handler: async (_req, res, { query }) => {
      const where = { locationId: query.filter?.locationId, kind: query.filter?.kind };
      await sendList(
        res,
        'devices',
        query.range,
        (page) => listDevices(where, [orderOf(query.sort, ['createdAt', 'desc'])], page),
        () => countDevices(where),
        ({ tokenHash: _h, ...d }) => d,
      );
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/devices',
    tag: 'guidance',
    summary: 'Set up a kiosk or screen: answers once with its token and the address to open on it.',
    access: ['admin'],
    body: z.object({
      name: z.string().trim().min(2).max(100),
      kind: z.enum(['kiosk', 'screen']),
      locationId: z.uuid(),
    }),
    handler: async (req, res, { body }) => {
      const { device, token } = await createDevice({ ...body, userId: req.user!.id });
      const { tokenHash: _h, ...shown } = device;
      res.status(201).json({
        ...shown,
        token,
        url: `${config().PUBLIC_URL}/${body.kind === 'kiosk' ? 'kiosk' : 'scherm'}?device=${token}`,
      });
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/devices/:id',
    tag: 'guidance',
    summary: 'Revoke a device token (a stolen kiosk, a replaced screen).',
    access: ['admin'],
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      const { tokenHash: _h, ...d } = await revokeDevice(params.id);
      return d;
    },
  }),
];
