import { z } from 'zod';
import { defineRoute } from '../http/route';
import type { Principal } from '../auth/principal';
import { PeriodQuery, periodOf } from './period';
import { REPORTS, REPORT_NAMES, type ReportName } from './reports';
import { reportCsv } from './reportCsv';
import { dashboard } from './dashboard';
import { NotFoundError } from '../shared/errors';

const Name = z.object({
  name: z.enum(REPORT_NAMES as [ReportName, ...ReportName[]], `Reports: ${REPORT_NAMES.join(', ')}.`),
});

/** Department staff report on their own departments only, whatever they ask for. */
function scoped(user: Principal, departmentIds: string[] | undefined): string[] | undefined {
  if (user.role !== 'staff') return departmentIds;
  return departmentIds ? departmentIds.filter((id) => user.departmentIds.includes(id)) : user.departmentIds;
}

export const analyticsRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/dashboard',
    tag: 'reports',
    summary:
      "The landing page's figures for the user's role: open tickets by department and status, deadlines in danger, today's contacts by channel, today's appointments and the queue now.",
    access: 'user',
    handler: async (req) => dashboard(req.user!),
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/reports',
    tag: 'reports',
    summary: 'The reports there are.',
    access: 'user',
    handler: () => REPORT_NAMES.map((name) => ({ name, title: REPORTS[name].title })),
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/reports/:name',
    tag: 'reports',
    summary:
      "One report over whole days in Europe/Brussels (from, to as YYYY-MM-DD; departmentIds comma-separated); add .csv to the name for CSV (semicolons, UTF-8 with BOM, in the user's language, for Excel in Belgium).",
    access: 'user',
    params: z.object({ name: z.string().max(60) }),
    query: PeriodQuery,
    handler: async (req, res, { params, query }) => {
      const csv = params.name.endsWith('.csv');
      const parsed = Name.safeParse({ name: params.name.replace(/\.csv$/, '') });
      if (!parsed.success) throw new NotFoundError(`No such report. Reports: ${REPORT_NAMES.join(', ')}.`);
      const { name } = parsed.data;
      const period = periodOf({ ...query, departmentIds: scoped(req.user!, query.departmentIds) });
      const rows = await REPORTS[name].run(period);
      if (csv) {
        res
          .status(200)
          .type('text/csv; charset=utf-8')
          .setHeader('Content-Disposition', `attachment; filename="${name}_${query.from}_${query.to}.csv"`);
        res.send(reportCsv(name, rows, req.user!.language));
        return;
      }
      res.status(200).json({
        name,
        title: REPORTS[name].title,
        from: query.from,
        to: query.to,
        departmentIds: period.departmentIds ?? null,
        rows,
      });
    },
  }),
];
