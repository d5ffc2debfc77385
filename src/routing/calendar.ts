import { DateTime, IANAZone } from 'luxon';
import { belgianPublicHolidays } from './holidays';
import { BRUSSELS, utcMidnight } from '../shared/dates';

export interface WeeklyHours {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; // ISO: 1 = Monday
  opens: string; // 'HH:MM'
  closes: string; // 'HH:MM', after opens; '24:00' for the end of the day
}

export interface ClosureSpec {
  start: string; // YYYY-MM-DD, inclusive
  end: string; // YYYY-MM-DD, inclusive
}

export interface CalendarSpec {
  hours: WeeklyHours[]; // several blocks per day allowed (e.g. 08:30-12:00 and 13:00-16:30); may be empty (never open)
  closures?: ClosureSpec[]; // the municipality's own closure days, and a department's
  publicHolidays?: boolean; // Belgian public holidays closed; default true
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const MINUTES_PER_DAY = 24 * 60;
const MAX_UTC_OFFSET_MS = 14 * HOUR_MS;
/** How long a walk looks for open time before it concludes that the calendar is never open. */
const HORIZON_DAYS = 400;

const brusselsZone = IANAZone.create(BRUSSELS);

/** An opening block as minutes after local midnight, [opens, closes). */
interface OpeningTimes {
  opens: number;
  closes: number;
}

/** An open block as epoch milliseconds, [start, end). */
interface Span {
  start: number;
  end: number;
}

/**
 * When a desk or department is open: weekly hours on the Brussels wall clock, minus Belgian public holidays and
 * closures. Every method is built on the open blocks of each local day, so all of them agree with `blocksOn`.
 */
export class BusinessCalendar {
  private readonly weekly: OpeningTimes[][];
  private readonly closures: ClosureSpec[];
  private readonly publicHolidays: boolean;

  constructor(spec: CalendarSpec) {
    this.weekly = weeklyOpeningTimes(spec.hours);
    this.closures = (spec.closures ?? []).map(validClosure);
    this.publicHolidays = spec.publicHolidays ?? true;
  }

  isOpen(at: Date): boolean {
    const t = instant(at);
    return this.openSpans(localDay(at)).some((span) => span.start <= t && t < span.end);
  }

  /** `at` itself when open, else the start of the next opening block; undefined if never open within 400 days. */
  nextOpening(at: Date): Date | undefined {
    const t = instant(at);
    for (const span of this.spansFrom(localDay(at))) {
      if (span.end > t) return new Date(Math.max(span.start, t));
    }
    return undefined;
  }

  /**
   * The moment `minutes` business minutes after `start`, as an SLA deadline: 0 minutes is `start` itself, even when
   * closed; otherwise the clock starts at the next opening. A deadline that uses up a block exactly falls on its
   * closing time rather than the next opening. Negative minutes count backwards.
   */
  addBusinessMinutes(start: Date, minutes: number): Date {
    let remaining = durationMs(minutes);
    if (remaining < 0) return this.subtractBusinessMinutes(start, -minutes);
    const t = instant(start);
    if (remaining === 0) return new Date(t);
    for (const span of this.spansFrom(localDay(start))) {
      if (span.end <= t) continue;
      const from = Math.max(span.start, t);
      if (remaining <= span.end - from) return new Date(from + remaining);
      remaining -= span.end - from;
    }
    throw neverOpen();
  }

  /**
   * The moment `minutes` business minutes before `end`, mirroring `addBusinessMinutes`: 0 minutes is `end` itself,
   * and an answer that uses up a block exactly falls on its opening time.
   */
  subtractBusinessMinutes(end: Date, minutes: number): Date {
    let remaining = durationMs(minutes);
    if (remaining < 0) return this.addBusinessMinutes(end, -minutes);
    const t = instant(end);
    if (remaining === 0) return new Date(t);
    for (const span of this.spansBackFrom(localDay(end))) {
      if (span.start >= t) continue;
      const until = Math.min(span.end, t);
      if (remaining <= until - span.start) return new Date(until - remaining);
      remaining -= until - span.start;
    }
    throw neverOpen();
  }

  /** Open minutes between a and b (fractional when they are not on whole minutes); negative when b is before a. */
  businessMinutesBetween(a: Date, b: Date): number {
    const from = instant(a);
    const to = instant(b);
    // 0 - x rather than -x, so that no open time gives 0 and not -0
    if (to < from) return 0 - this.businessMinutesBetween(b, a);
    let openMs = 0;
    for (let day = localDay(a), last = localDay(b); day <= last; day = shiftDay(day, 1)) {
      for (const span of this.openSpans(day)) {
        openMs += Math.max(0, Math.min(span.end, to) - Math.max(span.start, from));
      }
    }
    return openMs / MINUTE_MS;
  }

  /** The open blocks of one local calendar day (YYYY-MM-DD) as [start, end) instants, [] on closed days. */
  blocksOn(day: string): { start: Date; end: Date }[] {
    return this.spansOn(day).map(([start, end]) => ({ start: new Date(start), end: new Date(end) }));
  }

  /** `blocksOn` as epoch milliseconds, for callers that compute with many days at once (appointment availability). */
  spansOn(day: string): [number, number][] {
    assertDay(day);
    return this.openSpans(day).map((span) => [span.start, span.end]);
  }

  private openSpans(day: string): Span[] {
    const times = this.weekly[isoWeekday(day)];
    if (times.length === 0 || this.isClosed(day)) return [];
    const instantOf = wallClockOn(day);
    return (
      times
        .map(({ opens, closes }) => ({ start: instantOf(opens), end: instantOf(closes) }))
        // a block wholly inside the hour skipped in spring has no time at all
        .filter((span) => span.end > span.start)
    );
  }

  private isClosed(day: string): boolean {
    if (this.closures.some((closure) => closure.start <= day && day <= closure.end)) return true;
    return this.publicHolidays && holidaysOf(Number(day.slice(0, 4))).has(day);
  }

  /** Open spans in time order from `day` on, until HORIZON_DAYS days in a row have none. */
  private *spansFrom(day: string): Generator<Span> {
    for (let closedInARow = 0; closedInARow < HORIZON_DAYS; day = shiftDay(day, 1)) {
      const spans = this.openSpans(day);
      closedInARow = spans.length === 0 ? closedInARow + 1 : 0;
      yield* spans;
    }
  }

  /** Open spans in reverse time order from `day` back, until HORIZON_DAYS days in a row have none. */
  private *spansBackFrom(day: string): Generator<Span> {
    for (let closedInARow = 0; closedInARow < HORIZON_DAYS; day = shiftDay(day, -1)) {
      const spans = this.openSpans(day);
      closedInARow = spans.length === 0 ? closedInARow + 1 : 0;
      yield* spans.reverse();
    }
  }
}

// the holidays and clock offsets of a day never change, and calendars are made per request: kept per process
const holidaysByYear = new Map<number, Set<string>>();
const offsetsByDay = new Map<string, [before: number, after: number]>();
const checkedDays = new Set<string>();
const REMEMBERED_DAYS = 20_000;

function holidaysOf(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(belgianPublicHolidays(year).map((holiday) => holiday.date));
    holidaysByYear.set(year, days);
  }
  return days;
}

/**
 * Turns minutes after midnight on one Brussels day into instants: the first instant at which the clock reads that
 * time or later. So a time the clock shows twice (autumn) means its first showing, and a time it skips (spring) the
 * moment it jumps past it.
 */
function wallClockOn(day: string): (minuteOfDay: number) => number {
  const midnightAsUtc = Date.parse(`${day}T00:00:00Z`);
  let offsets = offsetsByDay.get(day);
  if (!offsets) {
    // every instant whose Brussels date is `day` lies between these two
    offsets = [
      brusselsZone.offset(midnightAsUtc - MAX_UTC_OFFSET_MS) * MINUTE_MS,
      brusselsZone.offset(midnightAsUtc + DAY_MS + MAX_UTC_OFFSET_MS) * MINUTE_MS,
    ];
    if (offsetsByDay.size >= REMEMBERED_DAYS) offsetsByDay.clear();
    offsetsByDay.set(day, offsets);
  }
  const [offsetBefore, offsetAfter] = offsets;
  // Brussels changes its clocks months apart, so one offset at both ends holds all day; asking the time zone is slow
  if (offsetBefore === offsetAfter) return (minute) => midnightAsUtc + minute * MINUTE_MS - offsetBefore;
  return (minute) => firstInstantReading(midnightAsUtc + minute * MINUTE_MS, offsetBefore, offsetAfter);
}

/**
 * When a Brussels day begins, or the day `after` days later: its midnight (which the clocks never skip), from the
 * offsets kept per day above. NaN for a string that is no day.
 */
export function brusselsMidnight(day: string, after = 0): number {
  return Number.isNaN(utcMidnight(day)) ? NaN : wallClockOn(shiftDay(day, after))(0);
}

function firstInstantReading(wallAsUtc: number, offsetBefore: number, offsetAfter: number): number {
  const earliestFirst = [
    wallAsUtc - Math.max(offsetBefore, offsetAfter),
    wallAsUtc - Math.min(offsetBefore, offsetAfter),
  ];
  const showing = earliestFirst.find((t) => brusselsZone.offset(t) * MINUTE_MS === wallAsUtc - t);
  // a skipped time: Brussels changes its clocks on a whole UTC hour, the start of the hour this guess falls in
  return showing ?? Math.floor(earliestFirst[1] / HOUR_MS) * HOUR_MS;
}

function weeklyOpeningTimes(hours: WeeklyHours[]): OpeningTimes[][] {
  const byWeekday: OpeningTimes[][] = Array.from({ length: 8 }, () => []);
  for (const { weekday, opens, closes } of hours) {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      throw new RangeError(`opening hours: weekday ${weekday} is not 1 (Monday) to 7 (Sunday)`);
    }
    const times = { opens: minuteOfDay(opens), closes: minuteOfDay(closes) };
    if (times.closes <= times.opens) throw new RangeError(`opening hours: ${closes} is not after ${opens}`);
    byWeekday[weekday].push(times);
  }
  return byWeekday.map(mergeOverlapping);
}

/** Overlapping or touching blocks become one, so that no open minute counts twice. */
function mergeOverlapping(times: OpeningTimes[]): OpeningTimes[] {
  const merged: OpeningTimes[] = [];
  for (const block of [...times].sort((x, y) => x.opens - y.opens)) {
    const last = merged.at(-1);
    if (last && block.opens <= last.closes) last.closes = Math.max(last.closes, block.closes);
    else merged.push({ ...block });
  }
  return merged;
}

function minuteOfDay(clock: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  if (match) return Number(match[1]) * 60 + Number(match[2]);
  if (clock === '24:00') return MINUTES_PER_DAY;
  throw new RangeError(`opening hours: "${clock}" is not a time of day (HH:MM)`);
}

function validClosure({ start, end }: ClosureSpec): ClosureSpec {
  assertDay(start);
  assertDay(end);
  if (end < start) throw new RangeError(`closure: ${end} is before ${start}`);
  return { start, end };
}

function assertDay(day: string): void {
  if (checkedDays.has(day)) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !DateTime.fromISO(day).isValid) {
    throw new RangeError(`"${day}" is not a day (YYYY-MM-DD)`);
  }
  if (checkedDays.size >= REMEMBERED_DAYS) checkedDays.clear();
  checkedDays.add(day);
}

function instant(at: Date): number {
  const t = at.getTime();
  if (Number.isNaN(t)) throw new RangeError('invalid Date');
  return t;
}

function durationMs(minutes: number): number {
  if (!Number.isFinite(minutes)) throw new RangeError(`${minutes} is not a number of minutes`);
  return Math.round(minutes * MINUTE_MS);
}

function localDay(at: Date): string {
  return DateTime.fromJSDate(at, { zone: BRUSSELS }).toISODate()!;
}

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function isoWeekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

function neverOpen(): Error {
  return new Error(`this calendar is never open (no open time in ${HORIZON_DAYS} days)`);
}
