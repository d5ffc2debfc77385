import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import { db } from '../db';
import type { Closure } from '../generated/prisma/client';
import { NotFoundError, ValidationError } from '../shared/errors';
import { belgianPublicHolidays } from './holidays';
import { forgetCalendars } from './schedule';
import { forgetRoutingSet } from './routingSet';

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, e.g. 08:30.');
const Block = z
  .object({ weekday: z.number().int().min(1).max(7), opens: HHMM, closes: HHMM })
  .refine((b) => b.closes > b.opens, { message: 'A block must close after it opens.', path: ['closes'] });
const Week = z.object({ hours: z.array(Block).max(70) }).superRefine((w, ctx) => {
  const sorted = [...w.hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].weekday === sorted[i - 1].weekday && sorted[i].opens < sorted[i - 1].closes) {
      ctx.addIssue({ code: 'custom', path: ['hours'], message: `Blocks overlap on weekday ${sorted[i].weekday}.` });
    }
  }
});
const Day = z.iso.date('Use YYYY-MM-DD.');
const ClosureBody = z
  .object({
    departmentId: z.uuid().nullable().default(null),
    startDate: Day,
    endDate: Day,
    reason: z.string().trim().min(2).max(200),
  })
  .refine((c) => c.endDate >= c.startDate, { message: 'The last day cannot be before the first.', path: ['endDate'] });

const day = (d: Date) => d.toISOString().slice(0, 10);
const presentClosure = (c: Closure) => ({
  id: c.id,
  departmentId: c.departmentId,
  startDate: day(c.startDate),
  endDate: day(c.endDate),
  reason: c.reason,
});
const hoursOf = (departmentId: string | null) =>
  db()
    .openingHours.findMany({ where: { departmentId }, orderBy: [{ weekday: 'asc' }, { opens: 'asc' }] })
    .then((rows) => rows.map((h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes })));
const closuresOf = (departmentId: string | null) =>
  db()
    .closure.findMany({ where: { departmentId }, orderBy: { startDate: 'asc' } })
    .then((rows) => rows.map(presentClosure));

async function replaceHours(departmentId: string | null, hours: z.infer<typeof Block>[]) {
  await db().$transaction([
    db().openingHours.deleteMany({ where: { departmentId } }),
    db().openingHours.createMany({ data: hours.map((h) => ({ ...h, departmentId })) }),
  ]);
  forgetCalendars();
  forgetRoutingSet();
}

async function municipalSchedule() {
  const year = new Date().getFullYear();
  return {
    hours: await hoursOf(null),
    closures: await closuresOf(null),
    holidays: [...belgianPublicHolidays(year), ...belgianPublicHolidays(year + 1)],
  };
}

async function departmentSchedule(id: string) {
  if (!(await db().department.findUnique({ where: { id } }))) throw new NotFoundError('No such department.');
  const hours = await hoursOf(id);
  return { departmentId: id, hours, inheritsMunicipality: hours.length === 0, closures: await closuresOf(id) };
}

const ClosureFilter = z.strictObject({
  id: oneOrMany(z.uuid()).optional(),
  departmentId: z.uuid().optional(),
  municipality: z.boolean().optional(),
});

export const scheduleRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/schedule',
    tag: 'routing',
    summary: "The municipality's default opening hours, its closure days and the Belgian public holidays.",
    access: 'user',
    handler: () => municipalSchedule(),
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/schedule',
    tag: 'routing',
    summary: "Replace the municipality's weekly opening hours (Europe/Brussels wall-clock times).",
    access: ['admin'],
    body: Week,
    handler: async (_req, _res, { body }) => {
      await replaceHours(null, body.hours);
      return municipalSchedule();
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/departments/:id/schedule',
    tag: 'routing',
    summary: "A department's opening hours and closure days.",
    access: 'user',
    params: IdParam,
    handler: (_req, _res, { params }) => departmentSchedule(params.id),
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/departments/:id/schedule',
    tag: 'routing',
    summary: "Replace a department's weekly opening hours; an empty list means it keeps the municipality's.",
    access: ['admin'],
    params: IdParam,
    body: Week,
    handler: async (_req, _res, { params, body }) => {
      await departmentSchedule(params.id);
      await replaceHours(params.id, body.hours);
      return departmentSchedule(params.id);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/closures',
    tag: 'routing',
    summary: 'Closure days besides the public holidays: filter by departmentId, or municipality: true.',
    access: 'user',
    query: listQuery(ClosureFilter, ['startDate']),
    handler: async (_req, res, { query }) => {
      const f = query.filter ?? {};
      const where = { id: inOrEq(f.id), departmentId: f.municipality ? null : f.departmentId };
      await sendList(
        res,
        'closures',
        query.range,
        (page) =>
          db().closure.findMany({
            where,
            orderBy: [orderOf(query.sort, ['startDate', 'asc']), { id: 'asc' }],
            ...page,
          }),
        () => db().closure.count({ where }),
        presentClosure,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/closures/:id',
    tag: 'routing',
    summary: 'One closure.',
    access: 'user',
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      const c = await db().closure.findUnique({ where: { id: params.id } });
      if (!c) throw new NotFoundError('No such closure.');
      return presentClosure(c);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/closures',
    tag: 'routing',
    summary: 'Close the municipality (departmentId null) or one department on these days.',
    access: ['admin'],
    body: ClosureBody,
    handler: async (_req, _res, { body }) => {
      if (body.departmentId && !(await db().department.findUnique({ where: { id: body.departmentId } })))
        throw new ValidationError('No such department.', { departmentId: 'No such department.' });
      const c = await db().closure.create({
        data: {
          ...body,
          startDate: new Date(`${body.startDate}T00:00:00Z`),
          endDate: new Date(`${body.endDate}T00:00:00Z`),
        },
      });
      forgetCalendars();
      return presentClosure(c);
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/admin/closures/:id',
    tag: 'routing',
    summary: 'Change a closure.',
    access: ['admin'],
    params: IdParam,
    body: ClosureBody,
    handler: async (_req, _res, { params, body }) => {
      if (!(await db().closure.findUnique({ where: { id: params.id } }))) throw new NotFoundError('No such closure.');
      const c = await db().closure.update({
        where: { id: params.id },
        data: {
          ...body,
          startDate: new Date(`${body.startDate}T00:00:00Z`),
          endDate: new Date(`${body.endDate}T00:00:00Z`),
        },
      });
      forgetCalendars();
      return presentClosure(c);
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/admin/closures/:id',
    tag: 'routing',
    summary: 'Remove a closure.',
    access: ['admin'],
    params: IdParam,
    handler: async (_req, _res, { params }) => {
      const c = await db().closure.findUnique({ where: { id: params.id } });
      if (!c) throw new NotFoundError('No such closure.');
      await db().closure.delete({ where: { id: params.id } });
      forgetCalendars();
      return presentClosure(c);
    },
  }),
];
