import { availability, brusselsIso, busyFrom, type DeskAgenda, type ServiceRules } from './availability';

const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]) =>
  days.map((weekday) => ({ weekday: weekday as 1, opens, closes }));
const desk = (over: Partial<DeskAgenda> = {}): DeskAgenda => ({
  deskId: 'desk-1',
  hours: weekdays('09:00', '12:00'),
  walkIn: [],
  closed: [],
  busy: busyFrom([]),
  ...over,
});
const rules = (over: Partial<ServiceRules> = {}): ServiceRules => ({
  durationMinutes: 15,
  bufferMinutes: 0,
  minNoticeMinutes: 0,
  maxDaysAhead: 400,
  ...over,
});
const LONG_AGO = new Date('2026-01-01T00:00:00Z');
const times = (slots: { start: Date }[]) => slots.map((s) => brusselsIso(s.start).slice(11, 16));
const at = (iso: string) => new Date(iso);

test('a morning of 09:00–12:00 gives twelve quarter-hour slots, in Brussels time with its offset', () => {
  const slots = availability(rules(), [desk()], '2026-11-24', '2026-11-24', LONG_AGO);
  expect(slots).toHaveLength(12);
  expect(brusselsIso(slots[0].start)).toBe('2026-11-24T09:00:00+01:00');
  expect(brusselsIso(slots[11].end)).toBe('2026-11-24T12:00:00+01:00');
});

test('a buffer spaces the appointments, and the last one still ends before closing', () => {
  const slots = availability(
    rules({ durationMinutes: 20, bufferMinutes: 10 }),
    [desk()],
    '2026-11-24',
    '2026-11-24',
    LONG_AGO,
  );
  expect(times(slots)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
});

test('a booked appointment and its buffer take the slots they overlap, on that desk only', () => {
  const busy = [{ start: at('2026-11-24T09:30:00+01:00'), end: at('2026-11-24T10:05:00+01:00') }];
  const slots = availability(
    rules(),
    [desk({ busy: busyFrom(busy) }), desk({ deskId: 'desk-2' })],
    '2026-11-24',
    '2026-11-24',
    LONG_AGO,
  );
  const byTime = Object.fromEntries(slots.map((s) => [brusselsIso(s.start).slice(11, 16), s.deskIds]));
  expect(byTime['09:15']).toEqual(['desk-1', 'desk-2']);
  expect(byTime['09:30']).toEqual(['desk-2']);
  expect(byTime['09:45']).toEqual(['desk-2']);
  expect(byTime['10:00']).toEqual(['desk-2']);
  expect(byTime['10:15']).toEqual(['desk-1', 'desk-2']);
});

test('a closure day, a staff absence of an hour and the Belgian public holidays are not bookable', () => {
  const absence = [{ start: at('2026-11-24T10:00:00+01:00'), end: at('2026-11-24T11:00:00+01:00') }];
  const closedWednesday = [{ start: at('2026-11-25T00:00:00+01:00'), end: at('2026-11-26T00:00:00+01:00') }];
  const slots = availability(
    rules({ durationMinutes: 60 }),
    [desk({ closed: [...absence, ...closedWednesday] })],
    '2026-11-24',
    '2026-11-25',
    LONG_AGO,
  );
  expect(slots.map((s) => brusselsIso(s.start).slice(0, 16))).toEqual(['2026-11-24T09:00', '2026-11-24T11:00']);
  // 11 November (Wapenstilstand) is a Wednesday in 2026
  expect(availability(rules(), [desk()], '2026-11-11', '2026-11-11', LONG_AGO)).toEqual([]);
});

test('walk-in hours are served without appointment and so are not bookable', () => {
  const tuesdayWalkIn = [{ weekday: 2 as const, opens: '09:00', closes: '10:30' }];
  const slots = availability(
    rules({ durationMinutes: 30 }),
    [desk({ walkIn: tuesdayWalkIn })],
    '2026-11-23',
    '2026-11-24',
    LONG_AGO,
  );
  expect(slots.map((s) => brusselsIso(s.start).slice(0, 16))).toEqual([
    '2026-11-23T09:00',
    '2026-11-23T09:30',
    '2026-11-23T10:00',
    '2026-11-23T10:30',
    '2026-11-23T11:00',
    '2026-11-23T11:30',
    '2026-11-24T10:30',
    '2026-11-24T11:00',
    '2026-11-24T11:30',
  ]);
});

describe('both daylight-saving days', () => {
  // Sundays: a desk open 00:00–06:00 on Sundays crosses the change at 02:00/03:00
  const night = desk({ hours: [{ weekday: 7, opens: '00:00', closes: '06:00' }] });

  test('spring forward (29 March 2026): the hour 02:00–03:00 does not exist, so that day has five hours of hourly slots, none lost or doubled', () => {
    const slots = availability(rules({ durationMinutes: 60 }), [night], '2026-03-29', '2026-03-29', LONG_AGO);
    expect(slots.map((s) => brusselsIso(s.start))).toEqual([
      '2026-03-29T00:00:00+01:00',
      '2026-03-29T01:00:00+01:00',
      '2026-03-29T03:00:00+02:00',
      '2026-03-29T04:00:00+02:00',
      '2026-03-29T05:00:00+02:00',
    ]);
    expect(new Set(slots.map((s) => s.start.getTime())).size).toBe(slots.length);
  });

  test('fall back (25 October 2026): the hour 02:00–03:00 happens twice, so that day has seven hourly slots', () => {
    const slots = availability(rules({ durationMinutes: 60 }), [night], '2026-10-25', '2026-10-25', LONG_AGO);
    expect(slots.map((s) => brusselsIso(s.start))).toEqual([
      '2026-10-25T00:00:00+02:00',
      '2026-10-25T01:00:00+02:00',
      '2026-10-25T02:00:00+02:00',
      '2026-10-25T02:00:00+01:00',
      '2026-10-25T03:00:00+01:00',
      '2026-10-25T04:00:00+01:00',
      '2026-10-25T05:00:00+01:00',
    ]);
  });

  test('office hours on the Mondays after each change keep their wall-clock times', () => {
    for (const [day, offset] of [
      ['2026-03-30', '+02:00'],
      ['2026-10-26', '+01:00'],
    ]) {
      const slots = availability(rules({ durationMinutes: 60 }), [desk()], day, day, LONG_AGO);
      expect(slots.map((s) => brusselsIso(s.start))).toEqual([
        `${day}T09:00:00${offset}`,
        `${day}T10:00:00${offset}`,
        `${day}T11:00:00${offset}`,
      ]);
    }
  });
});

test('minimum notice and the booking window limit what is offered', () => {
  const now = at('2026-11-24T09:50:00+01:00');
  const soon = availability(rules({ minNoticeMinutes: 60 }), [desk()], '2026-11-24', '2026-11-24', now);
  expect(times(soon)[0]).toBe('11:00');
  const window = availability(rules({ maxDaysAhead: 2 }), [desk()], '2026-11-24', '2026-12-31', now);
  expect(new Set(window.map((s) => brusselsIso(s.start).slice(0, 10)))).toEqual(
    new Set(['2026-11-24', '2026-11-25', '2026-11-26']),
  );
});
