import { DateTime } from 'luxon';
import { z } from 'zod';
import { BRUSSELS } from './dates';
import { StaleVersionError } from './errors';

/**
 * The version of the record the screen showed when the user started editing. Required on every edit: a write
 * without it could silently undo a colleague's change, which is exactly what versions are for. (All
 * /api/admin routes are session routes used by the console; a script using them reads the record first.)
 */
export const Version = z
  .number({
    error:
      'Send the version of the record you edited (the "version" you read), so a colleague\'s change is never overwritten.',
  })
  .int()
  .min(0);

/** Who last changed a record, when, and (where known) what, in Dutch, for the conflict message. */
export interface LastChange {
  name: string | null;
  at: Date;
  changes: string[];
}

/** "om 14:32" today, "op 2 december om 14:32" another day, in Brussels time. */
function when(at: Date, now = new Date()): string {
  const t = DateTime.fromJSDate(at, { zone: BRUSSELS }).setLocale('nl-BE');
  const sameDay = t.hasSame(DateTime.fromJSDate(now, { zone: BRUSSELS }), 'day');
  return sameDay ? `om ${t.toFormat('HH:mm')}` : `op ${t.toFormat('d MMMM')} om ${t.toFormat('HH:mm')}`;
}

/** "Jan Claes heeft dit ticket om 14:32 gewijzigd (status: Wacht op burger). Uw wijziging is niet bewaard." */
export function conflictMessage(what: string, change: LastChange | null): string {
  const after = 'Uw wijziging is niet bewaard: herlaad of pas uw wijzigingen opnieuw toe.';
  if (!change) return `Iemand anders heeft ${what} intussen gewijzigd. ${after}`;
  const changes = change.changes.length ? ` (${change.changes.join('; ')})` : '';
  const who = change.name ?? 'Iemand anders';
  return `${who} heeft ${what} ${when(change.at)} gewijzigd${changes}. ${after}`;
}

/** The 409 for a stale write: the Dutch message, the record as it is now and who changed it. */
export function staleVersion(what: string, change: LastChange | null, current: unknown): StaleVersionError {
  return new StaleVersionError(conflictMessage(what, change), { current, changedBy: change });
}

/** Thrown inside a transaction when the compare-and-set found another version; the caller answers with staleVersion() after the rollback. */
export class VersionMismatch extends Error {
  constructor(readonly id: string) {
    super('The record was changed by someone else.');
  }
}
