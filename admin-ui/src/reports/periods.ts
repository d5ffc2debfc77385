import { addDays, brusselsToday } from '../common/dates';

export const presetNames = ['this_week', 'last_week', 'this_month', 'last_month', 'this_year'] as const;
export type PresetName = (typeof presetNames)[number];

export interface DayRange {
    /** YYYY-MM-DD */
    from: string;
    /** YYYY-MM-DD, included. */
    to: string;
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay() || 7;

/** The Monday of the week a day is in. */
export const mondayOf = (day: string) => addDays(day, 1 - isoWeekday(day));

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (month 1–12). */
const lastOfMonth = (year: number, month: number) =>
    `${year}-${pad2(month)}-${pad2(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/** Whole calendar weeks (Monday to Sunday), months and years, counted from today in Brussels. */
export const presetRange = (preset: PresetName, today = brusselsToday()): DayRange => {
    const year = Number(today.slice(0, 4));
    const month = Number(today.slice(5, 7));
    switch (preset) {
        case 'this_week': {
            const monday = mondayOf(today);
            return { from: monday, to: addDays(monday, 6) };
        }
        case 'last_week': {
            const monday = addDays(mondayOf(today), -7);
            return { from: monday, to: addDays(monday, 6) };
        }
        case 'this_month':
            return { from: `${year}-${pad2(month)}-01`, to: lastOfMonth(year, month) };
        case 'last_month': {
            const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
            return { from: `${y}-${pad2(m)}-01`, to: lastOfMonth(y, m) };
        }
        case 'this_year':
            return { from: `${year}-01-01`, to: `${year}-12-31` };
    }
};

/** The preset a range is, if any: its button shows as chosen. */
export const presetOf = (range: DayRange): PresetName | undefined =>
    presetNames.find((preset) => {
        const candidate = presetRange(preset);
        return candidate.from === range.from && candidate.to === range.to;
    });

/** Every day of a range, but not past today: later days cannot have figures yet. */
export const daysOf = ({ from, to }: DayRange) => {
    const last = [to, brusselsToday()].sort()[0];
    const days: string[] = [];
    for (let day = from; day <= last && days.length < 1000; day = addDays(day, 1)) days.push(day);
    return days;
};

/** The Mondays of the weeks a range touches, but not past this week. */
export const weeksOf = ({ from, to }: DayRange) => {
    const last = [to, brusselsToday()].sort()[0];
    const weeks: string[] = [];
    for (let monday = mondayOf(from); monday <= last && weeks.length < 200; monday = addDays(monday, 7)) {
        weeks.push(monday);
    }
    return weeks;
};
