import { DateTime } from 'luxon';

export interface Holiday {
  date: string; // YYYY-MM-DD
  nameNl: string;
  nameEn: string;
}

/** Easter Sunday of a Gregorian year as YYYY-MM-DD, by the anonymous (Meeus/Jones/Butcher) computus. */
export function easterSunday(year: number): string {
  // the computus only holds for the Gregorian calendar, introduced in 1582
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`no Gregorian Easter for year ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.utc(year, month, day).toISODate()!;
}

/** The ten legal public holidays of Belgium in `year`, in date order. */
export function belgianPublicHolidays(year: number): Holiday[] {
  const easter = DateTime.fromISO(easterSunday(year), { zone: 'utc' });
  const afterEaster = (days: number) => easter.plus({ days }).toISODate()!;
  const fixed = (month: number, day: number) => DateTime.utc(year, month, day).toISODate()!;
  // sorted because an early Easter puts Ascension on or before 1 May (30 April in 2285)
  return [
    { date: fixed(1, 1), nameNl: 'Nieuwjaar', nameEn: "New Year's Day" },
    { date: afterEaster(1), nameNl: 'Paasmaandag', nameEn: 'Easter Monday' },
    { date: fixed(5, 1), nameNl: 'Dag van de Arbeid', nameEn: 'Labour Day' },
    { date: afterEaster(39), nameNl: 'O.L.H.-Hemelvaart', nameEn: 'Ascension Day' },
    { date: afterEaster(50), nameNl: 'Pinkstermaandag', nameEn: 'Whit Monday' },
    { date: fixed(7, 21), nameNl: 'Nationale feestdag', nameEn: 'Belgian National Day' },
    { date: fixed(8, 15), nameNl: 'O.L.V.-Hemelvaart', nameEn: 'Assumption Day' },
    { date: fixed(11, 1), nameNl: 'Allerheiligen', nameEn: "All Saints' Day" },
    { date: fixed(11, 11), nameNl: 'Wapenstilstand', nameEn: 'Armistice Day' },
    { date: fixed(12, 25), nameNl: 'Kerstmis', nameEn: 'Christmas Day' },
  ].sort((x, y) => x.date.localeCompare(y.date));
}
