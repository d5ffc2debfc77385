import { DateTime } from 'luxon';
import { BusinessCalendar, brusselsMidnight, CalendarSpec, WeeklyHours } from './calendar';
import { BRUSSELS } from '../shared/dates';

type Weekday = WeeklyHours['weekday'];
const MONDAY_TO_FRIDAY: Weekday[] = [1, 2, 3, 4, 5];
const EVERY_DAY: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

function hoursOn(weekdays: Weekday[], ...blocks: [string, string][]): WeeklyHours[] {
  return weekdays.flatMap((weekday) => blocks.map(([opens, closes]) => ({ weekday, opens, closes })));
}

/** Brussels wall-clock time 'YYYY-MM-DD HH:mm' as an instant; only for times the clock shows exactly once. */
function brussels(text: string): Date {
  return DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm', { zone: BRUSSELS }).toJSDate();
}

function onBrusselsClock(at: Date): string {
  return DateTime.fromJSDate(at, { zone: BRUSSELS }).toFormat('yyyy-MM-dd HH:mm');
}

// The town hall's desk: Monday to Friday 08:30-12:00 and 13:00-16:30, 210 + 210 = 420 minutes a day.
const townHallHours = hoursOn(MONDAY_TO_FRIDAY, ['08:30', '12:00'], ['13:00', '16:30']);
const townHall = (spec: Partial<CalendarSpec> = {}) => new BusinessCalendar({ hours: townHallHours, ...spec });

describe('a deadline in business minutes (addBusinessMinutes)', () => {
  test('what does not fit on Friday continues on Monday morning', () => {
    // Friday 6 Nov 16:00-16:30 gives 30; Monday 9 Nov 08:30 + 30 = 09:00
    expect(onBrusselsClock(townHall().addBusinessMinutes(brussels('2026-11-06 16:00'), 60))).toBe('2026-11-09 09:00');
  });

  test('skips Wapenstilstand', () => {
    // Tuesday 10 Nov 16:00-16:30 gives 30; Wednesday 11 Nov is Wapenstilstand; Thursday 12 Nov 08:30 + 90 = 10:00
    expect(onBrusselsClock(townHall().addBusinessMinutes(brussels('2026-11-10 16:00'), 120))).toBe('2026-11-12 10:00');
  });

  test('skips Easter Monday', () => {
    // Good Friday 3 Apr is a working day: 16:00-16:30 gives 30; Monday 6 Apr is Paasmaandag; Tuesday 7 Apr 09:00
    expect(onBrusselsClock(townHall().addBusinessMinutes(brussels('2026-04-03 16:00'), 60))).toBe('2026-04-07 09:00');
  });

  test('skips Ascension and Whit Monday, counting from the lunch break', () => {
    // Wednesday 13 May from 12:00 (lunch): 13:00-16:30 = 210. Thursday 14 May Ascension. Friday 15 May 420 -> 630.
    // Monday 18 to Friday 22 May 5 x 420 = 2100 -> 2730. Monday 25 May Whit Monday. Tuesday 26 May: 70 more, 09:40.
    expect(onBrusselsClock(townHall().addBusinessMinutes(brussels('2026-05-13 12:00'), 2800))).toBe('2026-05-26 09:40');
  });

  test('skips Christmas', () => {
    // Thursday 24 Dec 16:00-16:30 gives 30; Friday 25 Dec Kerstmis; weekend; Monday 28 Dec 09:00
    expect(onBrusselsClock(townHall().addBusinessMinutes(brussels('2026-12-24 16:00'), 60))).toBe('2026-12-28 09:00');
  });

  test("skips the municipality's closure from Christmas Eve to New Year's Eve, and New Year's Day after it", () => {
    const calendar = townHall({ closures: [{ start: '2026-12-24', end: '2026-12-31' }] });
    // Wednesday 23 Dec 16:00-16:30 gives 30; 24-31 Dec closed; Friday 1 Jan 2027 Nieuwjaar; weekend; Monday 4 Jan 09:00
    expect(onBrusselsClock(calendar.addBusinessMinutes(brussels('2026-12-23 16:00'), 60))).toBe('2027-01-04 09:00');
  });

  test('skips a single closure day, such as the bridge day after Ascension', () => {
    const calendar = townHall({ closures: [{ start: '2026-05-15', end: '2026-05-15' }] });
    // Wednesday 13 May 16:00-16:30 gives 30; Thursday Ascension; Friday closed; weekend; Monday 18 May 09:00
    expect(onBrusselsClock(calendar.addBusinessMinutes(brussels('2026-05-13 16:00'), 60))).toBe('2026-05-18 09:00');
  });

  test('counts public holidays as ordinary days when the calendar does not close on them', () => {
    // Tuesday 10 Nov 16:00-16:30 gives 30; Wednesday 11 Nov is open: 08:30 + 90 = 10:00
    const calendar = townHall({ publicHolidays: false });
    expect(onBrusselsClock(calendar.addBusinessMinutes(brussels('2026-11-10 16:00'), 120))).toBe('2026-11-11 10:00');
  });

  test.each([
    ['at opening time', '2026-11-09 08:30', 30, '2026-11-09 09:00'],
    ['before opening', '2026-11-09 07:00', 30, '2026-11-09 09:00'],
    ['inside a block, running over lunch', '2026-11-09 11:45', 30, '2026-11-09 13:15'], // 15 before + 15 after lunch
    ['at the start of lunch', '2026-11-09 12:00', 30, '2026-11-09 13:30'],
    ['at closing time', '2026-11-09 16:30', 30, '2026-11-10 09:00'],
    ['on a Saturday', '2026-11-07 10:00', 1, '2026-11-09 08:31'],
  ])('starting %s counts from the next open moment', (_, start, minutes, deadline) => {
    expect(onBrusselsClock(townHall().addBusinessMinutes(brussels(start), minutes))).toBe(deadline);
  });

  test('a deadline that uses up a block exactly falls on its closing time, not after lunch', () => {
    expect(onBrusselsClock(townHall().addBusinessMinutes(brussels('2026-11-09 11:30'), 30))).toBe('2026-11-09 12:00');
  });

  test('zero minutes is the start itself, even while closed', () => {
    const saturday = brussels('2026-11-07 10:00');
    expect(townHall().addBusinessMinutes(saturday, 0)).toEqual(saturday);
  });

  test('negative minutes count backwards', () => {
    expect(onBrusselsClock(townHall().addBusinessMinutes(brussels('2026-11-09 09:00'), -60))).toBe('2026-11-06 16:00');
  });

  test('10,000 minutes (several weeks) lands on the hand-counted day', () => {
    // 10000 = 23 x 420 + 340. Monday 7 Sep to Wednesday 7 Oct are 23 working days without holidays; Thursday 8 Oct:
    // 210 in the morning, the other 130 from 13:00 -> 15:10
    const calendar = townHall();
    const start = brussels('2026-09-07 08:30');
    expect(onBrusselsClock(calendar.addBusinessMinutes(start, 10_000))).toBe('2026-10-08 15:10');
  });
});

describe('counting back (subtractBusinessMinutes)', () => {
  test('what does not fit on Monday morning continues on Friday afternoon', () => {
    expect(onBrusselsClock(townHall().subtractBusinessMinutes(brussels('2026-11-09 09:00'), 60))).toBe(
      '2026-11-06 16:00',
    );
  });

  test('skips Wapenstilstand', () => {
    // Thursday 12 Nov 08:30-10:00 gives 90; Wednesday 11 Nov closed; Tuesday 10 Nov 16:30 - 30 = 16:00
    expect(onBrusselsClock(townHall().subtractBusinessMinutes(brussels('2026-11-12 10:00'), 120))).toBe(
      '2026-11-10 16:00',
    );
  });

  test('an answer that uses up a block exactly falls on its opening time, not the evening before', () => {
    expect(onBrusselsClock(townHall().subtractBusinessMinutes(brussels('2026-11-09 09:00'), 30))).toBe(
      '2026-11-09 08:30',
    );
  });

  test('zero minutes is the end itself, even while closed', () => {
    const sunday = brussels('2026-11-08 10:00');
    expect(townHall().subtractBusinessMinutes(sunday, 0)).toEqual(sunday);
  });
});

describe('open time between two moments (businessMinutesBetween)', () => {
  test('a weekend counts nothing', () => {
    expect(townHall().businessMinutesBetween(brussels('2026-11-06 16:00'), brussels('2026-11-09 09:00'))).toBe(60);
  });

  test('a working week counts five days of seven hours', () => {
    expect(townHall().businessMinutesBetween(brussels('2026-11-16 00:00'), brussels('2026-11-23 00:00'))).toBe(2100);
  });

  test('is negative when the second moment comes first, and 0 (not -0) for closed time', () => {
    const calendar = townHall();
    const friday = brussels('2026-11-06 16:00');
    const monday = brussels('2026-11-09 09:00');
    expect(calendar.businessMinutesBetween(monday, friday)).toBe(-60);
    expect(calendar.businessMinutesBetween(brussels('2026-11-08 12:00'), brussels('2026-11-07 12:00'))).toBe(0);
  });

  test('counts parts of minutes', () => {
    const start = brussels('2026-11-09 08:30');
    expect(townHall().businessMinutesBetween(start, new Date(start.getTime() + 30_000))).toBe(0.5);
  });

  const starts = ['2026-11-06 16:00', '2026-11-07 10:00', '2026-11-09 08:30', '2026-11-09 12:00', '2026-11-10 16:29'];
  const amounts = [1, 29, 30, 31, 210, 420, 2800, 10_000];

  test('is antisymmetric', () => {
    const calendar = townHall();
    for (const a of starts) {
      for (const b of starts) {
        expect(calendar.businessMinutesBetween(brussels(a), brussels(b))).toBe(
          0 - calendar.businessMinutesBetween(brussels(b), brussels(a)),
        );
      }
    }
  });

  test('measures back exactly what was added or subtracted', () => {
    const calendar = townHall({ closures: [{ start: '2026-12-24', end: '2026-12-31' }] });
    for (const start of starts) {
      for (const minutes of amounts) {
        const deadline = calendar.addBusinessMinutes(brussels(start), minutes);
        expect(calendar.businessMinutesBetween(brussels(start), deadline)).toBe(minutes);
        const earlier = calendar.subtractBusinessMinutes(brussels(start), minutes);
        expect(calendar.businessMinutesBetween(earlier, brussels(start))).toBe(minutes);
      }
    }
  });
});

describe('whether the desk is open (isOpen)', () => {
  test.each([
    ['2026-11-09 08:29', false],
    ['2026-11-09 08:30', true],
    ['2026-11-09 11:59', true],
    ['2026-11-09 12:00', false], // blocks are [opens, closes)
    ['2026-11-09 13:00', true],
    ['2026-11-09 16:30', false],
    ['2026-11-07 10:00', false], // Saturday
    ['2026-11-11 10:00', false], // Wapenstilstand
  ])('at %s: %s', (at, open) => {
    expect(townHall().isOpen(brussels(at))).toBe(open);
  });

  test('is closed during a closure', () => {
    const calendar = townHall({ closures: [{ start: '2026-12-24', end: '2026-12-31' }] });
    expect(calendar.isOpen(brussels('2026-12-29 10:00'))).toBe(false);
    expect(calendar.isOpen(brussels('2026-12-23 10:00'))).toBe(true);
  });
});

describe('when the desk opens next (nextOpening)', () => {
  test.each([
    ['while open: that moment', '2026-11-09 10:17', '2026-11-09 10:17'],
    ['during lunch: after lunch', '2026-11-09 12:15', '2026-11-09 13:00'],
    ['on Friday evening: Monday morning', '2026-11-06 17:00', '2026-11-09 08:30'],
    ['on Easter Sunday: Tuesday, after Easter Monday', '2026-04-05 10:00', '2026-04-07 08:30'],
  ])('%s', (_, at, next) => {
    expect(onBrusselsClock(townHall().nextOpening(brussels(at))!)).toBe(next);
  });

  test('is undefined for a calendar that never opens', () => {
    expect(new BusinessCalendar({ hours: [] }).nextOpening(brussels('2026-11-09 10:00'))).toBeUndefined();
  });
});

describe('the open blocks of a day (blocksOn)', () => {
  test('a working day in winter has its two blocks at +01:00', () => {
    expect(townHall().blocksOn('2026-11-09')).toEqual([
      { start: new Date('2026-11-09T07:30:00Z'), end: new Date('2026-11-09T11:00:00Z') },
      { start: new Date('2026-11-09T12:00:00Z'), end: new Date('2026-11-09T15:30:00Z') },
    ]);
  });

  test.each([
    ['a Saturday', '2026-11-07'],
    ['Wapenstilstand', '2026-11-11'],
    ['a closure day', '2026-12-28'],
  ])('%s has none', (_, day) => {
    expect(townHall({ closures: [{ start: '2026-12-24', end: '2026-12-31' }] }).blocksOn(day)).toEqual([]);
  });

  test('overlapping blocks count once', () => {
    const calendar = new BusinessCalendar({ hours: hoursOn([1], ['08:00', '12:00'], ['11:00', '13:00']) });
    expect(calendar.blocksOn('2026-11-09')).toEqual([
      { start: new Date('2026-11-09T07:00:00Z'), end: new Date('2026-11-09T12:00:00Z') },
    ]);
  });

  test('refuses something that is not a day', () => {
    expect(() => townHall().blocksOn('2026-02-30')).toThrow(RangeError);
  });
});

describe('clock changes', () => {
  test('a deadline over the spring-forward weekend is counted in wall-clock hours', () => {
    // Friday 27 Mar 16:00 +01:00 = 15:00Z; 30 min Friday, clocks go forward Sunday 29 Mar;
    // Monday 30 Mar 08:30 + 30 = 09:00 +02:00 = 07:00Z
    const calendar = townHall();
    const friday = new Date('2026-03-27T16:00:00+01:00');
    const deadline = calendar.addBusinessMinutes(friday, 60);
    expect(deadline.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(calendar.businessMinutesBetween(friday, deadline)).toBe(60);
    expect(calendar.subtractBusinessMinutes(deadline, 60)).toEqual(friday);
  });

  test('a deadline over the fall-back weekend is counted in wall-clock hours', () => {
    // Friday 23 Oct 16:00 +02:00 = 14:00Z; 30 min Friday, clocks go back Sunday 25 Oct;
    // Monday 26 Oct 08:30 + 30 = 09:00 +01:00 = 08:00Z
    const calendar = townHall();
    const friday = new Date('2026-10-23T16:00:00+02:00');
    const deadline = calendar.addBusinessMinutes(friday, 60);
    expect(deadline.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(calendar.businessMinutesBetween(friday, deadline)).toBe(60);
  });

  describe('a desk open around the clock', () => {
    const alwaysOpen = new BusinessCalendar({ hours: hoursOn(EVERY_DAY, ['00:00', '24:00']), publicHolidays: false });
    const hoursOf = ([block]: { start: Date; end: Date }[]) =>
      (block.end.getTime() - block.start.getTime()) / 3_600_000;

    test('has a 23-hour Sunday when the clocks go forward', () => {
      // 00:00 +01:00 = Saturday 23:00Z; 24:00 = Monday 00:00 +02:00 = Sunday 22:00Z
      const blocks = alwaysOpen.blocksOn('2026-03-29');
      expect(blocks).toEqual([{ start: new Date('2026-03-28T23:00:00Z'), end: new Date('2026-03-29T22:00:00Z') }]);
      expect(hoursOf(blocks)).toBe(23);
    });

    test('has a 25-hour Sunday when the clocks go back', () => {
      // 00:00 +02:00 = Saturday 22:00Z; 24:00 = Monday 00:00 +01:00 = Sunday 23:00Z
      const blocks = alwaysOpen.blocksOn('2026-10-25');
      expect(blocks).toEqual([{ start: new Date('2026-10-24T22:00:00Z'), end: new Date('2026-10-25T23:00:00Z') }]);
      expect(hoursOf(blocks)).toBe(25);
    });

    test('counts real minutes across the change', () => {
      // Saturday 28 Mar 12:00 +01:00 = 11:00Z to Monday 30 Mar 12:00 +02:00 = 10:00Z: 47 hours
      const saturday = new Date('2026-03-28T12:00:00+01:00');
      expect(alwaysOpen.businessMinutesBetween(saturday, new Date('2026-03-30T12:00:00+02:00'))).toBe(47 * 60);
      // 24 real hours after Saturday 11:00Z is Sunday 11:00Z, which the clock shows as 13:00
      expect(alwaysOpen.addBusinessMinutes(saturday, 24 * 60).toISOString()).toBe('2026-03-29T11:00:00.000Z');
    });

    test('is open at the midnight where one day hands over to the next', () => {
      expect(alwaysOpen.isOpen(new Date('2026-10-25T23:00:00Z'))).toBe(true);
    });
  });

  describe('a desk open on Sunday night from 01:00 to 04:00', () => {
    const sundayNight = new BusinessCalendar({ hours: hoursOn([7], ['01:00', '04:00']) });

    test('is open 2 hours when the clocks go forward', () => {
      // 01:00 +01:00 = 00:00Z; at 02:00 the clock jumps to 03:00; 04:00 +02:00 = 02:00Z
      expect(sundayNight.blocksOn('2026-03-29')).toEqual([
        { start: new Date('2026-03-29T00:00:00Z'), end: new Date('2026-03-29T02:00:00Z') },
      ]);
      expect(sundayNight.businessMinutesBetween(brussels('2026-03-28 12:00'), brussels('2026-03-30 12:00'))).toBe(120);
    });

    test('is open 4 hours when the clocks go back', () => {
      // 01:00 +02:00 = Saturday 23:00Z; at 03:00 the clock goes back to 02:00; 04:00 +01:00 = 03:00Z
      expect(sundayNight.blocksOn('2026-10-25')).toEqual([
        { start: new Date('2026-10-24T23:00:00Z'), end: new Date('2026-10-25T03:00:00Z') },
      ]);
      expect(sundayNight.businessMinutesBetween(brussels('2026-10-24 12:00'), brussels('2026-10-26 12:00'))).toBe(240);
    });

    test('an hour after 01:30 on the spring-forward night the clock shows 03:30', () => {
      // 01:30 +01:00 = 00:30Z; + 60 real minutes = 01:30Z = 03:30 +02:00
      const deadline = sundayNight.addBusinessMinutes(new Date('2026-03-29T01:30:00+01:00'), 60);
      expect(deadline.toISOString()).toBe('2026-03-29T01:30:00.000Z');
      expect(onBrusselsClock(deadline)).toBe('2026-03-29 03:30');
    });

    test('four hours before closing on the fall-back night is opening time', () => {
      // 04:00 +01:00 = 03:00Z; - 240 real minutes = Saturday 23:00Z = 01:00 +02:00
      const opening = sundayNight.subtractBusinessMinutes(new Date('2026-10-25T04:00:00+01:00'), 240);
      expect(opening.toISOString()).toBe('2026-10-24T23:00:00.000Z');
    });
  });

  test('a block that opens in the skipped hour opens when the clock jumps to 03:00', () => {
    // 02:30 does not exist on 29 Mar: the clock reads 03:00 +02:00 = 01:00Z; 04:00 +02:00 = 02:00Z
    const calendar = new BusinessCalendar({ hours: hoursOn([7], ['02:30', '04:00']) });
    expect(calendar.blocksOn('2026-03-29')).toEqual([
      { start: new Date('2026-03-29T01:00:00Z'), end: new Date('2026-03-29T02:00:00Z') },
    ]);
  });

  test('a block wholly inside the skipped hour has no time that night, and 40 minutes the week before', () => {
    const calendar = new BusinessCalendar({ hours: hoursOn([7], ['02:10', '02:50']) });
    expect(calendar.blocksOn('2026-03-29')).toEqual([]);
    // 22 Mar, +01:00: 01:10Z to 01:50Z
    expect(calendar.blocksOn('2026-03-22')).toEqual([
      { start: new Date('2026-03-22T01:10:00Z'), end: new Date('2026-03-22T01:50:00Z') },
    ]);
  });

  test('a time the clock shows twice means its first showing', () => {
    // 01:00 +02:00 = Saturday 23:00Z; 02:30 is shown first at +02:00 = 00:30Z (and again at +01:00 = 01:30Z)
    const calendar = new BusinessCalendar({ hours: hoursOn([7], ['01:00', '02:30']) });
    expect(calendar.blocksOn('2026-10-25')).toEqual([
      { start: new Date('2026-10-24T23:00:00Z'), end: new Date('2026-10-25T00:30:00Z') },
    ]);
  });
});

describe('a calendar that is never open', () => {
  const neverOpen = new BusinessCalendar({ hours: [] });
  const monday = brussels('2026-11-09 10:00');

  test('refuses to add or subtract minutes instead of searching forever', () => {
    expect(() => neverOpen.addBusinessMinutes(monday, 60)).toThrow('this calendar is never open');
    expect(() => neverOpen.subtractBusinessMinutes(monday, 60)).toThrow('this calendar is never open');
  });

  test('is closed and counts no open time', () => {
    expect(neverOpen.isOpen(monday)).toBe(false);
    expect(neverOpen.businessMinutesBetween(monday, brussels('2027-11-09 10:00'))).toBe(0);
  });

  test('gives up with the same error when nothing is open for 400 days', () => {
    const closedForYears = townHall({ closures: [{ start: '2026-01-01', end: '2028-12-31' }] });
    expect(() => closedForYears.addBusinessMinutes(monday, 60)).toThrow('this calendar is never open');
    expect(closedForYears.nextOpening(monday)).toBeUndefined();
  });
});

describe('a calendar spec with mistakes', () => {
  test.each([
    ['a block that closes before it opens', { hours: hoursOn([1], ['12:00', '08:30']) }],
    ['a block that closes when it opens', { hours: hoursOn([1], ['08:30', '08:30']) }],
    ['a time without two-digit hours', { hours: hoursOn([1], ['8:30', '12:00']) }],
    ['a time past midnight', { hours: hoursOn([1], ['08:30', '24:30']) }],
    ['weekday 0', { hours: [{ weekday: 0 as Weekday, opens: '08:30', closes: '12:00' }] }],
    ['a closure that ends before it starts', { hours: [], closures: [{ start: '2026-12-31', end: '2026-12-24' }] }],
    ['a closure on a day that does not exist', { hours: [], closures: [{ start: '2026-02-29', end: '2026-03-01' }] }],
  ])('is refused: %s', (_, spec: CalendarSpec) => {
    expect(() => new BusinessCalendar(spec)).toThrow(RangeError);
  });
});

describe('brusselsMidnight', () => {
  test('is where luxon says a Brussels day begins, every day of two years (both clock changes included), and a day later', () => {
    for (let d = DateTime.fromISO('2026-01-01', { zone: BRUSSELS }); d.year < 2028; d = d.plus({ days: 1 })) {
      const day = d.toISODate()!;
      expect({ day, at: brusselsMidnight(day) }).toEqual({ day, at: d.startOf('day').toMillis() });
      expect({ day, next: brusselsMidnight(day, 1) }).toEqual({
        day,
        next: d.plus({ days: 1 }).startOf('day').toMillis(),
      });
    }
  });

  test('is no instant for a string that is no day', () => {
    for (const notADay of ['2026-02-30', '2026-13-01', '26-01-01', 'morgen', ''])
      expect(brusselsMidnight(notADay)).toBeNaN();
  });
});
