import type { Response } from 'express';
import { z } from 'zod';

/** react-admin's simple-rest list parameters: filter, sort and range, each a JSON value in the query string. */
function json<T extends z.ZodType>(schema: T, example: string) {
  return z
    .string()
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: `Must be JSON, for example ${example}.` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

// react-admin's export button asks for up to 1,000 records in one page.
export const MAX_PAGE = 1000;

/**
 * Every list can be sorted by `id` as well as its own fields: `["id","ASC"]` is react-admin's default sort
 * (a list or reference input without a sort of its own sends it), and every admin table has an id.
 */
export function listQuery<F extends z.ZodType>(filter: F, ownSortable: readonly string[]) {
  const sortable = [...new Set(['id', ...ownSortable])] as [string, ...string[]];
  return z.object({
    filter: json(filter, '{"status":"open"}').optional(),
    sort: json(
      z.tuple([
        z.enum(sortable, { error: `Sort by one of: ${sortable.join(', ')}.` }),
        z.enum(['ASC', 'DESC', 'asc', 'desc']),
      ]),
      '["createdAt","DESC"]',
    ).optional(),
    range: json(
      z
        .tuple([z.number().int().min(0), z.number().int().min(0)])
        .refine(([a, b]) => b >= a && b - a < MAX_PAGE, `A range covers 1 to ${MAX_PAGE} records.`),
      '[0,24]',
    ).optional(),
  });
}

export function pageOf(range: [number, number] | undefined): { skip: number; take: number } {
  const [start, end] = range ?? [0, 24];
  return { skip: start, take: end - start + 1 };
}

export function orderOf(
  sort: [string, string] | undefined,
  fallback: [string, 'asc' | 'desc'],
): Record<string, 'asc' | 'desc'> {
  const [field, dir] = sort ?? fallback;
  return { [field]: dir.toLowerCase() as 'asc' | 'desc' };
}

/**
 * Lists over tables that grow for years (tickets) count at most this many matches: an exact count of a
 * million rows costs more than the page itself, and nobody pages that far. Past it the total is unknown ('*').
 */
export const COUNT_CAP = 1_000;

/** Sends one page with the Content-Range header that react-admin reads the total from ('*': more than COUNT_CAP). */
export function sendPage(res: Response, resource: string, rows: unknown[], skip: number, total: number | '*'): void {
  const end = rows.length ? skip + rows.length - 1 : skip;
  res.setHeader('Content-Range', `${resource} ${skip}-${end}/${total}`);
  res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
  res.status(200).json(rows);
}

/** Loads one page and the total together, presents each row and answers with Content-Range: the one way lists are served. */
export async function sendList<Row, Out>(
  res: Response,
  resource: string,
  range: [number, number] | undefined,
  load: (page: { skip: number; take: number }) => Promise<Row[]>,
  count: () => Promise<number>,
  present: (row: Row) => Out,
): Promise<void> {
  const page = pageOf(range);
  const [rows, total] = await Promise.all([load(page), count()]);
  sendPage(res, resource, rows.map(present), page.skip, total);
}

/** One id or a list of ids (react-admin's getMany sends {"id":[...]}). */
export const oneOrMany = <T extends z.ZodType>(s: T) => z.union([s, z.array(s).max(MAX_PAGE)]);
export const inOrEq = <T>(v: T | T[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? { in: v } : v);

export const IdParam = z.object({ id: z.uuid('No such record: an id is a UUID.') });
