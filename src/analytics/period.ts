import { DateTime } from 'luxon';
import { z } from 'zod';
import { LocalDay } from '../shared/dates';
import { BRUSSELS } from '../shared/dates';

/**
 * A report's period: whole local days in Europe/Brussels, from `from` 00:00 to the midnight after `to`, as instants.
 * Every report counts over exactly these bounds, so day, week and total views add up.
 */
export interface Period {
  from: string;
  to: string;
  start: Date;
  end: Date;
  departmentIds?: string[];
}

export const PeriodQuery = z
  .object({
    from: LocalDay,
    to: LocalDay,
    /** one id, or several separated by commas */
    departmentIds: z
      .string()
      .optional()
      .transform((v) =>
        v
          ? v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : undefined,
      )
      .pipe(z.array(z.uuid('departmentIds are department ids, separated by commas.')).max(50).optional()),
  })
  .refine((q) => q.from <= q.to, { message: '"to" must not be before "from".', path: ['to'] })
  .refine((q) => DateTime.fromISO(q.to).diff(DateTime.fromISO(q.from), 'days').days <= 800, {
    message: 'A report covers at most 800 days.',
    path: ['to'],
  });

export function periodOf(q: { from: string; to: string; departmentIds?: string[] }): Period {
  return {
    ...q,
    start: DateTime.fromISO(q.from, { zone: BRUSSELS }).startOf('day').toJSDate(),
    end: DateTime.fromISO(q.to, { zone: BRUSSELS }).plus({ days: 1 }).startOf('day').toJSDate(),
  };
}
