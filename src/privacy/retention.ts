import { db } from '../db';
import { logger } from '../logger';
import { anonymiseTicket } from './anonymise';

/**
 * Anonymises closed tickets whose category's retention period has passed, unless they or their
 * citizen are under a legal hold. Safe to run from several workers: a ticket already done is skipped.
 */
export async function applyRetention(now = new Date(), batch = 500): Promise<number> {
  const due = await db().$queryRaw<{ id: string }[]>`
    SELECT t.id FROM ticket t
    JOIN category c ON c.id = t.category_id
    LEFT JOIN contact p ON p.id = t.contact_id
    WHERE c.retention_days IS NOT NULL AND t.status = 'closed' AND t.anonymised_at IS NULL AND NOT t.legal_hold
      AND COALESCE(p.legal_hold, false) = false
      AND t.closed_at < ${now}::timestamptz - make_interval(days => c.retention_days)
    ORDER BY t.closed_at LIMIT ${batch}`;
  for (const { id } of due) await anonymiseTicket(id);
  if (due.length) logger.info({ anonymised: due.length }, 'retention: closed tickets anonymised');
  return due.length;
}
