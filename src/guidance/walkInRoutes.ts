import { z } from 'zod';
import { defineRoute } from '../http/route';
import { present } from '../appointments/staffRoutes';
import { registerWalkIn } from './walkIns';

// Registering a visitor without appointment is the counter's (guidance's) work: it books the desk's time through
// the appointments, and makes the visit that the Wachtzaal and the desk's queue read.
const STAFF = ['admin', 'agent', 'staff'] as const;

export const walkInRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/admin/appointments/walk-in',
    tag: 'appointments',
    summary:
      "Register a visitor without appointment (\"zonder afspraak\") at a desk (or the first open and free desk for the product): they wait at once with a queue number, in the Wachtzaal and that desk's queue, and the desk's time from now is booked for them. Outside the desk's hours only with a reason.",
    access: STAFF,
    body: z.object({
      serviceId: z.string().min(1).max(100),
      deskId: z.uuid().optional(),
      name: z.string().trim().max(200).optional(),
      language: z.enum(['nl', 'en']).optional(),
      outsideHoursReason: z.preprocess(
        (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
        z.string().trim().min(3, 'Say in a few words why the visitor is served outside the hours.').max(500).optional(),
      ),
    }),
    responses: {
      409: "The desk is taken now, or closed now (errors.hours: the day's hours; give outsideHoursReason to serve anyway).",
    },
    handler: async (req, res, { body }) => {
      const { appointment: a, visit } = await registerWalkIn({ ...body, userId: req.user!.id });
      res.status(201).json({
        ...present(a),
        visit: {
          id: visit.id,
          number: visit.number,
          status: visit.status,
          outsideHoursReason: visit.outsideHoursReason,
        },
      });
    },
  }),
];
