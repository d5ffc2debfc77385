import { useLocaleState } from 'react-admin';

const timeZone = 'Europe/Brussels';

const intlLocales: Record<string, string> = { nl: 'nl-BE', en: 'en-GB' };

const toIntlLocale = (locale: string) => intlLocales[locale] ?? locale;

export const dateTimeOptions: Intl.DateTimeFormatOptions = {
    timeZone,
    dateStyle: 'short',
    timeStyle: 'short',
};

export const useIntlLocale = () => toIntlLocale(useLocaleState()[0]);

export const useFormatDateTime = () => {
    const locale = useIntlLocale();
    return (iso: string) => new Date(iso).toLocaleString(locale, dateTimeOptions);
};

/** Offset of Brussels from UTC at the given instant, in minutes (60 or 120). */
const brusselsOffsetMinutes = (instant: Date) => {
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
        .formatToParts(instant)
        .find((part) => part.type === 'timeZoneName')?.value;
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
    if (!match) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3]);
    return match[1] === '-' ? -minutes : minutes;
};

/** The instant a calendar day (YYYY-MM-DD) starts in Brussels, as ISO 8601. */
export const brusselsStartOfDay = (day: string) => {
    const utcMidnight = new Date(`${day}T00:00:00Z`);
    const offset = brusselsOffsetMinutes(utcMidnight);
    return new Date(utcMidnight.getTime() - offset * 60_000).toISOString();
};

/** The last millisecond of a calendar day (YYYY-MM-DD) in Brussels, as ISO 8601. */
export const brusselsEndOfDay = (day: string) => {
    const next = new Date(`${day}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const nextDay = next.toISOString().slice(0, 10);
    return new Date(new Date(brusselsStartOfDay(nextDay)).getTime() - 1).toISOString();
};

/** A wall-clock time typed in a datetime-local input ("2025-07-12T22:30"), read as Brussels time, as ISO 8601. */
export const brusselsWallClockToIso = (local: string) => {
    const asUtc = new Date(`${local.slice(0, 16)}:00Z`);
    return new Date(asUtc.getTime() - brusselsOffsetMinutes(asUtc) * 60_000).toISOString();
};

/** A calendar day (YYYY-MM-DD) as "ma 21/07/2025"; read at UTC noon so no time zone moves it to another day. */
export const useFormatDay = () => {
    const locale = useIntlLocale();
    return (day: string) =>
        new Date(`${day.slice(0, 10)}T12:00:00Z`).toLocaleDateString(locale, {
            timeZone: 'UTC',
            weekday: 'short',
            day: '2-digit',
            month: '2-digit',
            year: 'numeric',
        });
};

const pad2 = (n: number) => String(n).padStart(2, '0');

const wallClockFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
});

/** An instant as the Brussels wall clock, "2025-07-12T22:30": what a datetime-local input shows. */
export const toBrusselsWallClock = (iso: string) => {
    const instant = new Date(iso);
    if (Number.isNaN(instant.getTime())) return '';
    const part = (type: Intl.DateTimeFormatPartTypes) =>
        wallClockFormat.formatToParts(instant).find((p) => p.type === type)?.value ?? '00';
    return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
};

/**
 * A Brussels wall-clock time ("2025-07-12T22:30") as ISO 8601 with its
 * offset, "2025-07-12T22:30:00+02:00": the shape the appointment API lists
 * and expects.
 */
export const brusselsWallClockToOffsetIso = (local: string) => {
    const instant = new Date(brusselsWallClockToIso(local));
    const offset = brusselsOffsetMinutes(instant);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${toBrusselsWallClock(instant.toISOString())}:00${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
};

/** Today in Brussels, as YYYY-MM-DD. */
export const brusselsToday = () => toBrusselsWallClock(new Date().toISOString()).slice(0, 10);

/** A calendar day (YYYY-MM-DD) moved by some days. */
export const addDays = (day: string, days: number) => {
    const date = new Date(`${day}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
};

/** The time of day of an instant in Brussels, "09:30". */
export const useFormatTime = () => {
    const locale = useIntlLocale();
    return (iso: string) =>
        new Date(iso).toLocaleTimeString(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
};
