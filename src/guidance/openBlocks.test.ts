import { hoursText, minus, openAt } from './openBlocks';

const at = (iso: string) => new Date(iso);
const block = (from: string, to: string) => ({ start: at(from), end: at(to) });
// Tuesday 24 November 2026, Brussels winter time (+01:00)
const morning = block('2026-11-24T09:00:00+01:00', '2026-11-24T12:00:00+01:00');
const afternoon = block('2026-11-24T13:00:00+01:00', '2026-11-24T16:30:00+01:00');

test('a day’s hours read as the clerk says them, on the Brussels wall clock; nothing when closed all day', () => {
  expect(hoursText([morning, afternoon])).toBe('09:00–12:00, 13:00–16:30');
  expect(hoursText([])).toBe('');
  // summer time: the same wall clock, another offset
  expect(hoursText([block('2026-06-02T09:00:00+02:00', '2026-06-02T12:00:00+02:00')])).toBe('09:00–12:00');
});

test('an absence in the middle of a block splits it; one over a whole block removes it; one elsewhere changes nothing', () => {
  const training = block('2026-11-24T09:30:00+01:00', '2026-11-24T10:30:00+01:00');
  expect(hoursText(minus([morning, afternoon], [training]))).toBe('09:00–09:30, 10:30–12:00, 13:00–16:30');
  expect(minus([morning, afternoon], [block('2026-11-24T08:00:00+01:00', '2026-11-24T12:30:00+01:00')])).toEqual([
    afternoon,
  ]);
  expect(minus([morning], [block('2026-11-24T12:00:00+01:00', '2026-11-24T13:00:00+01:00')])).toEqual([morning]);
});

test('open from the opening minute up to, not including, the closing minute', () => {
  expect(openAt([morning], at('2026-11-24T09:00:00+01:00'))).toBe(true);
  expect(openAt([morning], at('2026-11-24T11:59:59+01:00'))).toBe(true);
  expect(openAt([morning], at('2026-11-24T12:00:00+01:00'))).toBe(false);
  expect(openAt([morning, afternoon], at('2026-11-24T17:40:00+01:00'))).toBe(false);
  expect(openAt([], at('2026-11-24T10:00:00+01:00'))).toBe(false);
});
