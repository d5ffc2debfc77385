import { z } from 'zod';
import { defineRoute } from '../http/route';
import { IdParam, inOrEq, listQuery, oneOrMany, orderOf, sendList } from '../http/list';
import type { Closure } from '../generated/prisma/client';
import { belgianPublicHolidays } from './holidays';
import {
  closuresOf,
  countClosures,
  createClosure,
  findClosure,
  hoursOf,
  listClosures,
  removeClosure,
  replaceHours,
  updateClosure,
} from './scheduleService';
import { departments } from '../departments/service';

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
async function municipalSchedule() {
  const year = new Date().getFullYear();
  return {
    hours: await hoursOf(null),
    closures: (await closuresOf(null)).map(presentClosure),
    holidays: [...belgianPublicHolidays(year), ...belgianPublicHolidays(year + 1)],
  };
}

async function departmentSchedule(id: string) {
  await departments.find(id);
  const hours = await hoursOf(id);
  const closures = (await closuresOf(id)).map(presentClosure);
  return { departmentId: id, hours, inheritsMunicipality: hours.length === 0, closures };
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
        (page) => listClosures(where, [orderOf(query.sort, ['startDate', 'asc']), { id: 'asc' }], page),
        () => countClosures(where),
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
    handler: async (_req, _res, { params }) => presentClosure(await findClosure(params.id)),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/closures',
    tag: 'routing',
    summary: 'Close the municipality (departmentId null) or one department on these days.',
    access: ['admin'],
    body: ClosureBody,
    handler: async (_req, _res, { body }) => {
      return presentClosure(await createClosure(body));
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
      return presentClosure(await updateClosure(params.id, body));
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
      return presentClosure(await removeClosure(params.id));
    },
  }),
];
