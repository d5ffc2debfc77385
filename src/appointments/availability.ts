import { DateTime, IANAZone } from 'luxon';
import { BusinessCalendar, type WeeklyHours } from '../routing/calendar';
import { BRUSSELS, utcMidnight } from '../shared/dates';

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
  busy: Busy;
}

/**
 * Booked times of one desk as epoch milliseconds, in order of start: the agenda of a busy desk over 60 days holds
 * some 500, which as Date objects cost more to make and collect than the whole search for free times.
 */
export interface Busy {
  starts: Float64Array;
  ends: Float64Array;
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
const DAY = 24 * 60 * MINUTE;

/** The local calendar days from..to inclusive (YYYY-MM-DD, Brussels); none when either is not a day. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  // calendar days, counted on UTC dates: no time zone in the way and no library call per day
  const last = utcMidnight(to);
  for (let d = utcMidnight(from); d <= last; d += DAY) days.push(new Date(d).toISOString().slice(0, 10));
  return days;
}

type Span = [start: number, end: number];

/** Open spans minus the taken ones, all as epoch milliseconds [start, end). */
function subtract(open: Span[], taken: Span[]): Span[] {
  let result = open;
  for (const [ts, te] of taken) {
    const next: Span[] = [];
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

/** Booked times given as starts and ends in any order, put in order of start. */
export function inStartOrder(starts: Float64Array, ends: Float64Array): Busy {
  let sorted = true;
  for (let k = 1; k < starts.length && sorted; k++) if (starts[k] < starts[k - 1]) sorted = false;
  // the agenda reads them in order already
  if (sorted) return { starts, ends };
  const order = [...starts.keys()].sort((a, b) => starts[a] - starts[b]);
  return { starts: Float64Array.from(order, (k) => starts[k]), ends: Float64Array.from(order, (k) => ends[k]) };
}

/** Booked times from a list of intervals. */
export const busyFrom = (intervals: Interval[]): Busy =>
  inStartOrder(
    Float64Array.from(intervals, (b) => b.start.getTime()),
    Float64Array.from(intervals, (b) => b.end.getTime()),
  );

/** Booked times as a list of intervals, in order of start. */
export const busyIntervals = (busy: Busy): Interval[] =>
  Array.from(busy.starts, (start, k) => ({ start: new Date(start), end: new Date(busy.ends[k]) }));

/**
 * Free times for one product: for each desk that serves it, the bookable blocks of each day (weekly hours in
 * Brussels time, so both daylight-saving days come out right; Belgian public holidays closed) minus walk-in hours,
 * closures and absences; appointments start at the block's opening and every duration + buffer after it, and a slot
 * is free on a desk when its time and buffer overlap nothing booked there. Slots at the same moment on several
 * desks are one slot with those desks.
 *
 * Everything is computed on epoch milliseconds: the wall clock is turned into instants once per day and kind of
 * week, not per slot (60 days of 10 desks is some 15,000 candidate slots per request).
 */
export function availability(rules: ServiceRules, desks: DeskAgenda[], from: string, to: string, now: Date): Slot[] {
  const { times, deskIds, length } = freeTimes(rules, desks, from, to, now);
  return times.map((t, k) => ({ start: new Date(t), end: new Date(t + length), deskIds: deskIds[k] }));
}

/** Free times as `availability` finds them, as epoch milliseconds: for an answer written straight from numbers. */
export interface FreeTimes {
  /** the starts, in time order */
  times: number[];
  /** the desks free at each start */
  deskIds: string[][];
  /** how long each slot is, in milliseconds */
  length: number;
}

export function freeTimes(rules: ServiceRules, desks: DeskAgenda[], from: string, to: string, now: Date): FreeTimes {
  const earliest = now.getTime() + rules.minNoticeMinutes * MINUTE;
  const lastDay = DateTime.fromJSDate(now, { zone: BRUSSELS }).plus({ days: rules.maxDaysAhead }).toISODate()!;
  const length = rules.durationMinutes * MINUTE;
  const step = (rules.durationMinutes + rules.bufferMinutes) * MINUTE;
  const blocked = rules.bufferMinutes * MINUTE;
  const days = daysBetween(from, to < lastDay ? to : lastDay);
  // desks usually share their location's hours: each distinct week's days are turned into instants once a request
  const weeks = new Map<string, Span[][]>();
  const weekOf = (hours: WeeklyHours[]): Span[][] => {
    const key = JSON.stringify(hours);
    let perDay = weeks.get(key);
    if (!perDay) {
      const calendar = new BusinessCalendar({ hours });
      perDay = days.map((day) => calendar.spansOn(day));
      weeks.set(key, perDay);
    }
    return perDay;
  };
  // the free times so far, in time order, with the desks free at each; every desk's own free times come in time
  // order too, so each desk is merged in without a map or a sort
  let times: number[] = [];
  let deskIdsAt: string[][] = [];
  for (const desk of desks) {
    const { starts, ends } = desk.busy;
    const closed = desk.closed.map((b): Span => [b.start.getTime(), b.end.getTime()]);
    const open = weekOf(desk.hours);
    const walkIn = weekOf(desk.walkIn);
    const free: number[] = [];
    let i = 0;
    for (let d = 0; d < days.length; d++) {
      if (open[d].length === 0) continue;
      for (const [blockStart, blockEnd] of subtract(open[d], [...walkIn[d], ...closed])) {
        for (let t = blockStart; t + length <= blockEnd; t += step) {
          if (t < earliest) continue;
          const until = t + length + blocked;
          while (i < starts.length && ends[i] <= t) i++;
          // busy is sorted by start; only those starting before `until` can overlap
          let taken = false;
          for (let j = i; j < starts.length && starts[j] < until; j++) {
            if (ends[j] > t) {
              taken = true;
              break;
            }
          }
          if (!taken) free.push(t);
        }
      }
    }
    const mergedTimes: number[] = [];
    const mergedDeskIds: string[][] = [];
    let a = 0;
    for (const t of free) {
      while (a < times.length && times[a] < t) {
        mergedTimes.push(times[a]);
        mergedDeskIds.push(deskIdsAt[a++]);
      }
      if (a < times.length && times[a] === t) {
        deskIdsAt[a].push(desk.deskId);
        mergedTimes.push(t);
        mergedDeskIds.push(deskIdsAt[a++]);
      } else {
        mergedTimes.push(t);
        mergedDeskIds.push([desk.deskId]);
      }
    }
    while (a < times.length) {
      mergedTimes.push(times[a]);
      mergedDeskIds.push(deskIdsAt[a++]);
    }
    times = mergedTimes;
    deskIdsAt = mergedDeskIds;
  }
  return { times, deskIds: deskIdsAt, length };
}

const brussels = IANAZone.create(BRUSSELS);
const offsetByHour = new Map<number, number>();
const dateByDay = new Map<number, string>();
const suffixByOffset = new Map<number, string>();
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
// toISOString writes years before 0 and after 9999 with six digits and a sign: those take the long way
const FIRST_PLAIN = Date.parse('0000-01-01T00:00:00Z');
const AFTER_PLAIN = Date.parse('+010000-01-01T00:00:00Z');

/** ISO 8601 with the Brussels offset of that moment (2026-03-29T10:00:00+02:00), as the public API promises. */
export function brusselsIso(at: Date): string {
  return brusselsIsoOf(at.getTime());
}

/** `brusselsIso` of epoch milliseconds. */
export function brusselsIsoOf(ms: number): string {
  // offsets only change on whole hours: one zone lookup per hour instead of per slot
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = brussels.offset(ms);
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  let suffix = suffixByOffset.get(offset);
  if (suffix === undefined) {
    const abs = Math.abs(offset);
    suffix = `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    if (suffixByOffset.size > 1_000) suffixByOffset.clear();
    suffixByOffset.set(offset, suffix);
  }
  const local = ms + offset * MINUTE;
  if (!(local >= FIRST_PLAIN && local < AFTER_PLAIN)) return new Date(local).toISOString().slice(0, 19) + suffix;
  // a list of slots has a few dates and many times: the date is written once per day, the time from a table
  const day = Math.floor(local / DAY);
  let date = dateByDay.get(day);
  if (date === undefined) {
    date = new Date(day * DAY).toISOString().slice(0, 11);
    if (dateByDay.size > 100_000) dateByDay.clear();
    dateByDay.set(day, date);
  }
  const second = Math.floor((local - day * DAY) / 1000);
  const clock = `${TWO_DIGITS[Math.floor(second / 3600)]}:${TWO_DIGITS[Math.floor(second / 60) % 60]}:${TWO_DIGITS[second % 60]}`;
  return date + clock + suffix;
}
