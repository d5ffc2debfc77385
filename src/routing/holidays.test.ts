import { DateTime } from 'luxon';
import { belgianPublicHolidays, easterSunday } from './holidays';

describe('easterSunday', () => {
  test.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
    [1818, '1818-03-22'],
  ])('Easter %i falls on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  test('Easter is always a Sunday from 22 March to 25 April', () => {
    for (let year = 1583; year <= 3000; year++) {
      const easter = DateTime.fromISO(easterSunday(year));
      expect(easter.weekday).toBe(7);
      expect(easter.toFormat('MM-dd') >= '03-22' && easter.toFormat('MM-dd') <= '04-25').toBe(true);
    }
  });

  test('refuses years before the Gregorian calendar', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
  });
});

describe('belgianPublicHolidays', () => {
  test('lists the ten holidays of 2026 in date order', () => {
    // Easter 2026 is Sunday 5 April. Easter Monday: 6 April. Ascension, Easter + 39: 25 days to 30 April, 14 more
    // to Thursday 14 May. Whit Monday, Easter + 50: 11 days after Ascension, Monday 25 May.
    expect(belgianPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', nameNl: 'Nieuwjaar', nameEn: "New Year's Day" },
      { date: '2026-04-06', nameNl: 'Paasmaandag', nameEn: 'Easter Monday' },
      { date: '2026-05-01', nameNl: 'Dag van de Arbeid', nameEn: 'Labour Day' },
      { date: '2026-05-14', nameNl: 'O.L.H.-Hemelvaart', nameEn: 'Ascension Day' },
      { date: '2026-05-25', nameNl: 'Pinkstermaandag', nameEn: 'Whit Monday' },
      { date: '2026-07-21', nameNl: 'Nationale feestdag', nameEn: 'Belgian National Day' },
      { date: '2026-08-15', nameNl: 'O.L.V.-Hemelvaart', nameEn: 'Assumption Day' },
      { date: '2026-11-01', nameNl: 'Allerheiligen', nameEn: "All Saints' Day" },
      { date: '2026-11-11', nameNl: 'Wapenstilstand', nameEn: 'Armistice Day' },
      { date: '2026-12-25', nameNl: 'Kerstmis', nameEn: 'Christmas Day' },
    ]);
  });

  test('keeps date order when an early Easter puts Ascension before 1 May', () => {
    // Easter 2285 is 22 March: Ascension 22 March + 39 = 30 April, Whit Monday 22 March + 50 = 11 May
    expect(
      belgianPublicHolidays(2285)
        .map((holiday) => `${holiday.date} ${holiday.nameNl}`)
        .slice(1, 5),
    ).toEqual([
      '2285-03-23 Paasmaandag',
      '2285-04-30 O.L.H.-Hemelvaart',
      '2285-05-01 Dag van de Arbeid',
      '2285-05-11 Pinkstermaandag',
    ]);
  });

  test('Ascension is a Thursday and Easter and Whit Monday are Mondays, every year', () => {
    for (let year = 2000; year <= 2100; year++) {
      const weekdayOf = (nameNl: string) =>
        DateTime.fromISO(belgianPublicHolidays(year).find((holiday) => holiday.nameNl === nameNl)!.date).weekday;
      expect([weekdayOf('Paasmaandag'), weekdayOf('O.L.H.-Hemelvaart'), weekdayOf('Pinkstermaandag')]).toEqual([
        1, 4, 1,
      ]);
    }
  });
});
