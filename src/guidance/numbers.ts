import type { Tx } from '../db';

/** The next number of the day for a letter at a location (A001, A002, …), counted in one statement so none is handed out twice. */
export async function nextQueueNumber(tx: Tx, locationId: string, day: string, prefix: string): Promise<string> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO queue_counter (location_id, day, prefix, last) VALUES (${locationId}::uuid, ${day}::date, ${prefix}, 1)
    ON CONFLICT (location_id, day, prefix) DO UPDATE SET last = queue_counter.last + 1
    RETURNING last`;
  return `${prefix}${String(rows[0].last).padStart(3, '0')}`;
}
