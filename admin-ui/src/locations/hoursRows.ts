import type { HoursRow, Weekday } from '../types';

/** A block being edited; the key follows it when other blocks are added or removed. */
export interface DraftRow extends HoursRow {
    key: number;
}

export type RowField = 'deskId' | 'weekday' | 'opens' | 'closes' | 'kind';

/** Per block (by key), per field: a message key of the console or a message of the server. */
export type RowErrors = Map<number, Partial<Record<RowField, string>>>;

// The server's rule: HH:MM from 00:00 to 24:00 (midnight at the end of the day).
const timePattern = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const toTime = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

let lastKey = 0;
export const withKey = (row: HoursRow): DraftRow => ({ ...row, key: ++lastKey });

/**
 * The server's rows without their ids, as the editor and the PUT body hold
 * them: per weekday the morning before the afternoon, whatever their kind.
 * Blocks added later go at the end, so none jumps while its time is typed.
 */
export const toDraft = (rows: HoursRow[]): DraftRow[] =>
    [...rows]
        .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens) || a.kind.localeCompare(b.kind))
        .map(({ deskId, weekday, opens, closes, kind }) =>
            withKey({ deskId: deskId ?? null, weekday, opens, closes, kind }),
        );

export const toBody = (rows: DraftRow[]): HoursRow[] =>
    rows.map(({ deskId, weekday, opens, closes, kind }) => ({ deskId, weekday, opens, closes, kind }));

/** "9:00", "0900" or "9.00" typed: "09:00". */
export const tidyTime = (value: string) => {
    const match = /^(\d{1,2})[:.h]?(\d{2})$/.exec(value.trim());
    return match ? `${match[1].padStart(2, '0')}:${match[2]}` : value.trim();
};

/**
 * What is wrong with each block, as the server would say it: a time that
 * is no time, an end before the start, or two blocks of the same kind for
 * the same desk (or the whole location) overlapping on a weekday. Blocks
 * that touch (08:00–12:00 and 12:00–16:00) are fine.
 */
export const rowProblems = (rows: DraftRow[]): RowErrors => {
    const problems: RowErrors = new Map();
    for (const row of rows) {
        if (!timePattern.test(row.opens) || row.opens === '24:00')
            problems.set(row.key, { opens: 'app.hours.invalid_time' });
        else if (!timePattern.test(row.closes)) problems.set(row.key, { closes: 'app.hours.invalid_time' });
        else if (row.closes <= row.opens) problems.set(row.key, { closes: 'app.hours.closes_before_opens' });
    }
    const malformed = new Set(problems.keys());
    for (const row of rows) {
        if (malformed.has(row.key)) continue;
        const overlaps = rows.some(
            (other) =>
                other.key !== row.key &&
                !malformed.has(other.key) &&
                other.deskId === row.deskId &&
                other.kind === row.kind &&
                other.weekday === row.weekday &&
                other.opens < row.closes &&
                row.opens < other.closes,
        );
        if (overlaps) problems.set(row.key, { opens: 'app.hours.overlap' });
    }
    return problems;
};

/** A new block on a weekday: 09:00–12:00 on a day without blocks, otherwise an hour after the day's last block. */
export const newRow = (rows: DraftRow[], weekday: Weekday): DraftRow => {
    const sameDay = rows.filter((row) => row.weekday === weekday && timePattern.test(row.closes));
    if (sameDay.length === 0) {
        return withKey({ deskId: null, weekday, opens: '09:00', closes: '12:00', kind: 'appointments' });
    }
    const last = sameDay.reduce((a, b) => (toMinutes(b.closes) > toMinutes(a.closes) ? b : a));
    const opens = Math.min(toMinutes(last.closes) + 60, 23 * 60);
    return withKey({
        deskId: last.deskId,
        weekday,
        opens: toTime(opens),
        closes: toTime(Math.min(opens + 3 * 60, 24 * 60)),
        kind: last.kind,
    });
};

const sortKey = (row: HoursRow) => `${row.deskId ?? ''}|${row.kind}|${row.weekday}|${row.opens}|${row.closes}`;

export const sameRows = (a: HoursRow[], b: HoursRow[]) =>
    JSON.stringify(
        toBody(a as DraftRow[])
            .map(sortKey)
            .sort(),
    ) ===
    JSON.stringify(
        toBody(b as DraftRow[])
            .map(sortKey)
            .sort(),
    );

/**
 * The server's per-row errors ("hours.3.closes") on the blocks that were
 * sent, by key; what belongs to no block ("hours": an overlap) comes back
 * apart.
 */
export const serverRowErrors = (errors: Record<string, unknown>, sent: DraftRow[]) => {
    const rows: RowErrors = new Map();
    const general: string[] = [];
    for (const [path, message] of Object.entries(errors)) {
        const match = /^hours\.(\d+)\.(\w+)$/.exec(path);
        const row = match ? sent[Number(match[1])] : undefined;
        if (row && match) rows.set(row.key, { ...rows.get(row.key), [match[2] as RowField]: String(message) });
        else general.push(String(message));
    }
    return { rows, general };
};
