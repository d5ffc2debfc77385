import { DateTime } from 'luxon';
import { BRUSSELS } from '../shared/dates';

/** Open blocks of a day as instants, and what a desk's day looks like to a clerk: pure, so unit-tested beside. */
export interface Span {
  start: Date;
  end: Date;
}

const hhmm = (d: Date) => DateTime.fromJSDate(d, { zone: BRUSSELS }).toFormat('HH:mm');
/** "08:30–12:00, 13:00–16:00" on the Brussels wall clock; "" when closed all day. */
export const hoursText = (blocks: Span[]) => blocks.map((b) => `${hhmm(b.start)}–${hhmm(b.end)}`).join(', ');

/** The open blocks minus closures and absences that overlap them. */
export function minus(open: Span[], closed: Span[]): Span[] {
  let out = open;
  for (const c of closed) {
    out = out.flatMap((b) => {
      if (c.end <= b.start || c.start >= b.end) return [b];
      return [
        ...(c.start > b.start ? [{ start: b.start, end: c.start }] : []),
        ...(c.end < b.end ? [{ start: c.end, end: b.end }] : []),
      ];
    });
  }
  return out;
}

/** Whether `at` falls in one of the blocks. */
export const openAt = (blocks: Span[], at: Date) => blocks.some((b) => b.start <= at && at < b.end);
