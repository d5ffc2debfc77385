/**
 * PostgreSQL's percentile_cont on float8, step for step (orderedsetaggs.c): the rows at floor and ceil of
 * p·(n − 1), counted from 0, and `lo + p' · (hi − lo)` between them. The same IEEE doubles in the same order give
 * the same result to the last bit, so a percentile put together from the rollups rounds like the direct query's.
 */
export function percentileCont(p: number, n: number, valueAt: (row: number) => number): number | null {
  if (n === 0) return null;
  const position = p * (n - 1);
  const [first, second] = percentileRows(p, n);
  const lo = valueAt(first);
  if (second === first) return lo;
  const hi = valueAt(second);
  return lo + (position - first) * (hi - lo);
}

/** The rows (from 0, in order) percentile_cont reads: one or two. */
export function percentileRows(p: number, n: number): number[] {
  const position = p * (n - 1);
  return n === 0 ? [] : [Math.floor(position), Math.ceil(position)];
}

/** The hours of one whole hour of a measure: how many, and the lowest and highest of them. */
export interface HourBucket {
  hour: number;
  tickets: number;
  min: number;
  max: number;
}

/**
 * The value at a row (from 0) of the sorted values the buckets count, when the buckets alone settle it (the bucket's
 * only value, or its lowest or highest); otherwise which bucket to read and the row within it.
 */
export function locate(buckets: HourBucket[], row: number): { value: number } | { bucket: HourBucket; offset: number } {
  let before = 0;
  for (const bucket of buckets) {
    if (row < before + bucket.tickets) {
      const offset = row - before;
      if (bucket.min === bucket.max || offset === 0) return { value: bucket.min };
      if (offset === bucket.tickets - 1) return { value: bucket.max };
      return { bucket, offset };
    }
    before += bucket.tickets;
  }
  throw new Error(`row ${row} is past the ${before} values counted`);
}
