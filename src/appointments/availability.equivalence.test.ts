import { DateTime, IANAZone } from 'luxon';
import { BusinessCalendar, type WeeklyHours } from '../routing/calendar';
import { BRUSSELS } from '../shared/dates';
import {
  availability,
  brusselsIso,
  busyFrom,
  busyIntervals,
  daysBetween,
  type DeskAgenda,
  type Interval,
  type ServiceRules,
} from './availability';

// The computation as it was before it moved to numbers (December 2026), kept word for word as the reference: the
// faster one must give exactly the same slots, desks and text for any agenda.
const reference = (() => {
  const MINUTE = 60_000;
  function daysBetween(from: string, to: string): string[] {
    const days: string[] = [];
    for (
      let d = DateTime.fromISO(from, { zone: BRUSSELS }), end = DateTime.fromISO(to, { zone: BRUSSELS });
      d <= end;
      d = d.plus({ days: 1 })
    )
      days.push(d.toISODate()!);
    return days;
  }
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
  function availability(rules: ServiceRules, desks: DeskAgenda[], from: string, to: string, now: Date) {
    const earliest = now.getTime() + rules.minNoticeMinutes * MINUTE;
    const lastDay = DateTime.fromJSDate(now, { zone: BRUSSELS }).plus({ days: rules.maxDaysAhead }).toISODate()!;
    const length = rules.durationMinutes * MINUTE;
    const step = (rules.durationMinutes + rules.bufferMinutes) * MINUTE;
    const blocked = rules.bufferMinutes * MINUTE;
    const byStart = new Map<number, { start: Date; end: Date; deskIds: string[] }>();
    const days = daysBetween(from, to < lastDay ? to : lastDay);
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
      const busy = busyIntervals(desk.busy);
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
  function brusselsIso(at: Date): string {
    const ms = at.getTime();
    const offset = brussels.offset(ms);
    const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  }
  return { availability, brusselsIso, daysBetween };
})();

/** A small seeded generator, so that a failure comes back on every run. */
function randomFrom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)];
  return { next, int, pick };
}
type Random = ReturnType<typeof randomFrom>;

const midnights = new Map<string, number>();
/** `minutes` after the Brussels midnight that starts `day` (the clock shows an hour more or less after a change). */
const brusselsAt = (day: string, minutes: number) => {
  let midnight = midnights.get(day);
  if (midnight === undefined) {
    midnight = DateTime.fromISO(day, { zone: BRUSSELS }).startOf('day').toMillis();
    midnights.set(day, midnight);
  }
  return new Date(midnight + minutes * 60_000);
};
const clock = (minute: number) =>
  minute === 1440
    ? '24:00'
    : `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Weekly blocks that do not overlap on a day, some crossing the hour the clock skips or repeats on Sundays. */
function randomWeek(r: Random, blocksPerDay: number): WeeklyHours[] {
  const week: WeeklyHours[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    if (r.next() < 0.25) continue;
    let minute = weekday === 7 && r.next() < 0.5 ? 0 : r.int(0, 10) * 30;
    for (let b = 0; b < blocksPerDay && minute < 1440; b++) {
      const closes = Math.min(1440, minute + r.int(1, 16) * 15 + r.pick([0, 5]));
      week.push({ weekday: weekday as WeeklyHours['weekday'], opens: clock(minute), closes: clock(closes) });
      minute = closes + r.int(0, 8) * 15;
    }
  }
  return week;
}

/** Booked times: mostly on a quarter-hour grid, some anywhere to the millisecond, some empty (served early). */
function randomBusy(r: Random, days: string[], count: number): Interval[] {
  return Array.from({ length: count }, () => {
    const day = r.pick(days);
    const start =
      r.next() < 0.7
        ? brusselsAt(day, r.int(0, 95) * 15).getTime()
        : brusselsAt(day, 0).getTime() + r.int(0, 86_400_000 - 1);
    const length =
      r.next() < 0.1 ? 0 : r.pick([5, 15, 20, 30, 45, 60]) * 60_000 + (r.next() < 0.2 ? r.int(1, 59_999) : 0);
    return { start: new Date(start), end: new Date(start + length) };
  });
}

function randomClosures(r: Random, days: string[]): Interval[] {
  return Array.from({ length: r.int(0, 4) }, () => {
    const day = r.pick(days);
    const kind = r.next();
    if (kind < 0.3) return { start: brusselsAt(day, 0), end: brusselsAt(day, 1440 * r.int(1, 3)) };
    const start = brusselsAt(day, 0).getTime() + r.int(0, 86_400_000 - 1);
    // an empty closure and one of a few minutes or hours
    const end = kind < 0.4 ? start : start + r.int(1, 6 * 60) * 60_000 + r.int(0, 999);
    return { start: new Date(start), end: new Date(end) };
  });
}

const INTERESTING_DAYS = [
  '2026-03-25',
  '2026-03-29',
  '2026-04-03',
  '2026-05-12',
  '2026-10-21',
  '2026-10-25',
  '2026-12-20',
];

function randomCase(seed: number) {
  const r = randomFrom(seed);
  const from = DateTime.fromISO(r.pick(INTERESTING_DAYS)).plus({ days: r.int(-3, 3) });
  const to = from.plus({ days: r.int(0, 61) });
  const days = daysBetween(from.toISODate()!, to.toISODate()!);
  const shared = randomWeek(r, r.int(1, 3));
  const desks: DeskAgenda[] = Array.from({ length: r.int(1, 5) }, (_, k) => ({
    deskId: `desk-${k}`,
    hours: r.next() < 0.7 ? shared : randomWeek(r, r.int(1, 3)),
    walkIn: r.next() < 0.3 ? randomWeek(r, 1) : [],
    closed: randomClosures(r, days),
    busy: busyFrom(randomBusy(r, days, r.int(0, 12 * days.length))),
  }));
  const rules: ServiceRules = {
    durationMinutes: r.pick([5, 10, 15, 20, 30, 45, 60, 90]),
    bufferMinutes: r.pick([0, 0, 5, 10, 15]),
    minNoticeMinutes: r.pick([0, 60, 120, 24 * 60, r.int(0, 10_000)]),
    maxDaysAhead: r.pick([400, 60, r.int(0, 90)]),
  };
  const now = new Date(
    from.setZone(BRUSSELS).startOf('day').toMillis() + r.int(-5, 40) * 86_400_000 + r.int(0, 86_400_000),
  );
  return { rules, desks, from: from.toISODate()!, to: to.toISODate()!, now };
}

/** A slot as one line of text, so that thousands compare quickly and a difference shows what it is. */
const lines = (slots: { start: Date; end: Date; deskIds: string[] }[]) =>
  slots.map((s) => `${s.start.toISOString()} ${s.end.toISOString()} ${s.deskIds.join(',')}`);

test('the slots and their desks are exactly those of the reference computation, over 300 random agendas around both clock changes and public holidays', () => {
  let slots = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const { rules, desks, from, to, now } = randomCase(seed);
    const expected = lines(reference.availability(rules, desks, from, to, now));
    // the seed is in the message, so a failure can be replayed
    expect({ seed, slots: lines(availability(rules, desks, from, to, now)) }).toEqual({ seed, slots: expected });
    slots += expected.length;
  }
  // the cases are not all empty
  expect(slots).toBeGreaterThan(10_000);
});

test('the calendar days of a window are the reference ones, and a day that does not exist gives none', () => {
  const r = randomFrom(7);
  for (let k = 0; k < 200; k++) {
    const from = DateTime.fromISO('2024-01-01').plus({ days: r.int(0, 1200) });
    const to = from.plus({ days: r.int(-2, 70) });
    expect(daysBetween(from.toISODate()!, to.toISODate()!)).toEqual(
      reference.daysBetween(from.toISODate()!, to.toISODate()!),
    );
  }
  for (const day of ['2026-02-30', '2026-13-01', '2026-1-5', ''])
    expect(daysBetween(day, '2026-03-31')).toEqual(reference.daysBetween(day, '2026-03-31'));
});

test('brusselsIso writes every moment as the reference does: either side of each clock change, to the second, in far years', () => {
  const r = randomFrom(11);
  const moments = [
    '2026-03-29T00:59:59.999Z',
    '2026-03-29T01:00:00Z',
    '2026-10-25T00:59:59.999Z',
    '2026-10-25T01:00:00Z',
    '1970-01-01T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '9999-12-31T22:59:59Z',
    '9999-12-31T23:00:00Z',
  ].map((iso) => Date.parse(iso));
  for (let k = 0; k < 5_000; k++)
    moments.push(Date.parse('2020-01-01T00:00:00Z') + r.int(0, 12 * 365) * 86_400_000 + r.int(0, 86_400_000));
  for (const ms of moments) expect(brusselsIso(new Date(ms))).toBe(reference.brusselsIso(new Date(ms)));
});
