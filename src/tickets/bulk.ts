import type { Principal } from '../auth/principal';
import { AppError, StaleVersionError, ValidationError } from '../shared/errors';
import { mergeTickets } from './merge';
import { presentOneTicket } from './presenter';
import type { BulkChange } from './schemas';
import { updateTicket } from './update';

export interface BulkFailure {
  id: string;
  status: number;
  message: string;
  /** the ticket as it is now, when it was changed by someone else since the list was loaded */
  current?: unknown;
}

export interface BulkResult {
  /** the tickets as they are after the change (for a merge: the surviving ticket) */
  updated: Awaited<ReturnType<typeof presentOneTicket>>[];
  /** every ticket the change was applied to (for a merge: the merged ones and the survivor) */
  changedIds: string[];
  failed: BulkFailure[];
}

/**
 * One change applied to each selected ticket on its own, through the same code as a single change (events,
 * status updates to the outbox, the version rule, department scoping). A ticket a colleague changed since the
 * agent's list showed it, or one the user may not see, is reported back and left as it is; the others are
 * changed: an agent who set twenty tickets to "resolved" expects the nineteen to be done and to hear about the
 * one Jan touched, not to redo all twenty.
 */
export async function bulkChange(
  user: Principal,
  tickets: { id: string; version: number }[],
  change: BulkChange,
): Promise<BulkResult> {
  const result: BulkResult = { updated: [], changedIds: [], failed: [] };
  const { mergeIntoId, ...fields } = change;
  if (mergeIntoId && !tickets.some((t) => t.id === mergeIntoId)) {
    throw new ValidationError('Merge into one of the selected tickets.', {
      'change.mergeIntoId': 'Not among the selected tickets.',
    });
  }
  const survivors = new Map<string, Awaited<ReturnType<typeof presentOneTicket>>>();
  for (const t of tickets) {
    if (t.id === mergeIntoId) continue;
    try {
      if (mergeIntoId) {
        const survivor = await presentOneTicket(await mergeTickets(user, t.id, mergeIntoId, t.version));
        survivors.set(survivor.id, survivor);
      } else {
        result.updated.push(await presentOneTicket(await updateTicket(user, t.id, fields, t.version)));
      }
      result.changedIds.push(t.id);
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500) throw err;
      result.failed.push({
        id: t.id,
        status: err.status,
        message: err.message,
        ...(err instanceof StaleVersionError ? { current: err.extra.current } : {}),
      });
    }
  }
  result.updated.push(...survivors.values());
  result.changedIds.push(...survivors.keys());
  return result;
}
