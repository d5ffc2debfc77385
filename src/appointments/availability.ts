import { DateTime, IANAZone } from 'luxon';
import { BusinessCalendar, type WeeklyHours } from '../routing/calendar';
import { BRUSSELS } from '../shared/dates';

/** One desk as the availability computation sees it: its hours, its closures and what is booked on it. */
export interface DeskAgenda {
  deskId: string;
  /** bookable weekly hours (Brussels wall clock) */
  hours: WeeklyHours[];
  /** walk-in hours: served without appointment, so not bookable */
  walkIn: WeeklyHours[];
  /** closures and staff absences, as instants */
  closed: Interval[];
  /** live appointments, from their start to the end of their buffer */
  busy: Interval[];
}

export interface Interval {
  start: Date;
  end: Date;
}

export interface ServiceRules {
  durationMinutes: number;
  bufferMinutes: number;
  minNoticeMinutes: number;
  maxDaysAhead: number;
}

export interface Slot {
  start: Date;
  end: Date;
  /** desks that can take it, in the order a booking tries them */
  deskIds: string[];
}

const MINUTE = 60_000;

/** The local calendar days from..to inclusive (YYYY-MM-DD, Brussels). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (
    let d = DateTime.fromISO(from, { zone: BRUSSELS }), end = DateTime.fromISO(to, { zone: BRUSSELS });
    d <= end;
    d = d.plus({ days: 1 })
  )
    days.push(d.toISODate()!);
  return days;
}

/** Open spans minus the taken ones, all as epoch milliseconds [start, end). */
function subtract(open: [number, number][], taken: [number, number][]): [number, number][] {
  let result = open;
  for (const [ts, te] of taken) {
    const next: [number, number][] = [];
    for (const [s, e] of result) {
      if (te <= s || ts >= e) next.push([s, e]);
      else {
        if (ts > s) next.push([s, ts]);
        if (te < e) next.push([te, e]);
      }
    }
    result = next;
  }
  return result;
}

/**
 * Free times for one product: for each desk that serves it, the bookable blocks of each day (weekly hours in
 * Brussels time, so both daylight-saving days come out right; Belgian public holidays closed) minus walk-in hours,
 * closures and absences; appointments start at the block's opening and every duration + buffer after it, and a slot
 * is free on a desk when its time and buffer overlap nothing booked there. Slots at the same moment on several
 * desks are one slot with those desks.
 */
export function availability(rules: ServiceRules, desks: DeskAgenda[], from: string, to: string, now: Date): Slot[] {
  const earliest = now.getTime() + rules.minNoticeMinutes * MINUTE;
  const lastDay = DateTime.fromJSDate(now, { zone: BRUSSELS }).plus({ days: rules.maxDaysAhead }).toISODate()!;
  const length = rules.durationMinutes * MINUTE;
  const step = (rules.durationMinutes + rules.bufferMinutes) * MINUTE;
  const blocked = rules.bufferMinutes * MINUTE;
  const byStart = new Map<number, Slot>();
  const days = daysBetween(from, to < lastDay ? to : lastDay);
  // desks usually share their location's hours: each distinct week is turned into instants once per day
  const weeks = new Map<string, Map<string, [number, number][]>>();
  const weekOf = (hours: WeeklyHours[]): Map<string, [number, number][]> => {
    const key = JSON.stringify(hours);
    let perDay = weeks.get(key);
    if (!perDay) {
      const calendar = new BusinessCalendar({ hours });
      perDay = new Map(
        days.map((day) => [
          day,
          calendar.blocksOn(day).map((b): [number, number] => [b.start.getTime(), b.end.getTime()]),
        ]),
      );
      weeks.set(key, perDay);
    }
    return perDay;
  };
  for (const desk of desks) {
    const busy = [...desk.busy].sort((a, b) => a.start.getTime() - b.start.getTime());
    const closed = desk.closed.map((b): [number, number] => [b.start.getTime(), b.end.getTime()]);
    const open = weekOf(desk.hours);
    const walkIn = weekOf(desk.walkIn);
    for (const day of days) {
      const blocks = subtract(open.get(day)!, [...walkIn.get(day)!, ...closed]);
      for (const [blockStart, blockEnd] of blocks) {
        let i = 0;
        for (let t = blockStart; t + length <= blockEnd; t += step) {
          if (t < earliest) continue;
          const until = t + length + blocked;
          while (i < busy.length && busy[i].end.getTime() <= t) i++;
          // busy is sorted by start; only those starting before `until` can overlap
          let free = true;
          for (let j = i; j < busy.length && busy[j].start.getTime() < until; j++) {
            if (busy[j].end.getTime() > t) {
              free = false;
              break;
            }
          }
          if (!free) continue;
          const slot = byStart.get(t);
          if (slot) slot.deskIds.push(desk.deskId);
          else byStart.set(t, { start: new Date(t), end: new Date(t + length), deskIds: [desk.deskId] });
        }
      }
    }
  }
  return [...byStart.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
}

const brussels = IANAZone.create(BRUSSELS);
const offsetByHour = new Map<number, number>();

/** ISO 8601 with the Brussels offset of that moment (2026-03-29T10:00:00+02:00), as the public API promises. */
export function brusselsIso(at: Date): string {
  const ms = at.getTime();
  // offsets only change on whole hours: one zone lookup per hour instead of per slot
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = brussels.offset(ms);
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
