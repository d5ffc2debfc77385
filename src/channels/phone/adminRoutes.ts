import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../../http/list';
import { NotFoundError, ValidationError } from '../../shared/errors';
import type { Principal } from '../../auth/principal';
import type { PhoneCall, Prisma } from '../../generated/prisma/client';
import { PhoneField } from '../../shared/identities';
import { ticketScope } from '../../tickets/policy';
import { changePhoneLine, phoneLine } from './line';
import { startCallback } from './callback';
import { countCalls, findCall, listCalls } from './calls';
import { checkDepartment } from '../../departments/service';
import { twilioSettings } from '../twilio/client';

/** Staff see the calls of their departments' tickets or put through to their departments. */
function callScope(user: Principal): Prisma.PhoneCallWhereInput {
  return user.role === 'staff'
    ? { OR: [{ departmentId: { in: user.departmentIds } }, { ticket: ticketScope(user) }] }
    : {};
}

const present = (c: PhoneCall) => ({
  id: c.id,
  callSid: c.callSid,
  direction: c.direction,
  fromNumber: c.fromNumber,
  toNumber: c.toNumber,
  contactId: c.contactId,
  ticketId: c.ticketId,
  departmentId: c.departmentId,
  startedByUserId: c.startedByUserId,
  status: c.status,
  choices: c.choices,
  outcome: c.outcome,
  durationSeconds: c.durationSeconds,
  recordingSeconds: c.recordingSeconds,
  transcription: c.transcription,
  startedAt: c.startedAt,
  endedAt: c.endedAt,
});

const presentLine = async () => {
  const line = await phoneLine();
  const t = twilioSettings();
  return {
    id: 'line',
    closed: line.closed,
    closedReason: line.closedReason,
    closedAt: line.closedAt,
    closedByUserId: line.closedByUserId,
    appointmentsDepartmentId: line.appointmentsDepartmentId,
    reportsDepartmentId: line.reportsDepartmentId,
    agentsDepartmentId: line.agentsDepartmentId,
    configured: Boolean(t),
    phoneNumber: t?.phoneNumber ?? null,
  };
};

const Filter = z.strictObject({
  q: z.string().trim().max(40).optional(),
  id: oneOrMany(z.uuid()).optional(),
  contactId: z.uuid().optional(),
  ticketId: z.uuid().optional(),
  direction: z.enum(['inbound', 'outbound']).optional(),
  outcome: z.string().max(32).optional(),
});

const LineBody = z
  .strictObject({
    closed: z.boolean().optional(),
    closedReason: z.string().trim().max(200).nullable().optional(),
    appointmentsDepartmentId: z.uuid().nullable().optional(),
    reportsDepartmentId: z.uuid().nullable().optional(),
    agentsDepartmentId: z.uuid().nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'Send at least one field: closed, closedReason or a menu department.');

const CallbackBody = z.object({
  /** where the agent wants to be rung; default the phone on their profile */
  agentPhone: PhoneField.optional(),
  /** which of the citizen's numbers; default their first */
  citizenPhone: z.string().trim().max(40).optional(),
});

export const phoneAdminRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/phone/line',
    tag: 'phone',
    summary: 'The central line: open or closed by hand, and the department behind each menu choice.',
    access: 'user',
    handler: presentLine,
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/phone/line',
    tag: 'phone',
    summary:
      'Close the central line now (callers go straight to voicemail) or open it again; administrators also set the menu departments.',
    access: ['admin', 'agent'],
    body: LineBody,
    handler: async (req, _res, { body }) => {
      const menuChange = ['appointmentsDepartmentId', 'reportsDepartmentId', 'agentsDepartmentId'].some(
        (k) => k in body,
      );
      if (menuChange && req.user!.role !== 'admin')
        throw new ValidationError('Only administrators change which department each menu choice reaches.');
      for (const id of [body.appointmentsDepartmentId, body.reportsDepartmentId, body.agentsDepartmentId]) {
        await checkDepartment(id);
      }
      await changePhoneLine(req.user!.id, body);
      return presentLine();
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/calls',
    tag: 'phone',
    summary:
      'The call log: every call through the central line and every call-back (filter by contactId, ticketId, direction, outcome; q searches the number).',
    access: ['admin', 'agent', 'staff'],
    audit: { action: 'view', entity: 'contact' },
    query: listQuery(Filter, ['startedAt', 'durationSeconds']),
    handler: async (req, res, { query }) => {
      const f = query.filter ?? {};
      const where: Prisma.PhoneCallWhereInput = {
        AND: [
          callScope(req.user!),
          {
            id: inOrEq(f.id),
            contactId: f.contactId,
            ticketId: f.ticketId,
            direction: f.direction,
            outcome: f.outcome,
            ...(f.q
              ? {
                  OR: [
                    { fromNumber: { contains: f.q.replace(/\s/g, '') } },
                    { toNumber: { contains: f.q.replace(/\s/g, '') } },
                  ],
                }
              : {}),
          },
        ],
      };
      await sendList(
        res,
        'calls',
        query.range,
        (page) => listCalls(where, [orderOf(query.sort, ['startedAt', 'desc']), { id: 'asc' }], page),
        () => countCalls(where),
        present,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/calls/:id',
    tag: 'phone',
    summary: 'One call.',
    access: ['admin', 'agent', 'staff'],
    audit: { action: 'view', entity: 'contact' },
    params: IdParam,
    handler: async (req, _res, { params }) => {
      const call = await findCall(params.id, callScope(req.user!));
      if (!call) throw new NotFoundError('No such call.');
      return present(call);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/tickets/:id/callback',
    tag: 'phone',
    summary:
      "Call the citizen back: Twilio rings the agent's phone first, then connects the citizen with the central number as caller id.",
    access: ['admin', 'agent', 'staff'],
    audit: { action: 'change', entity: 'ticket' },
    params: IdParam,
    body: CallbackBody,
    handler: async (req, _res, { params, body }) => present(await startCallback(req.user!, params.id, body)),
  }),
];
