import type { Slot } from '../types';

/*
 * The server writes each start on the Brussels wall clock with its offset
 * ("2026-11-24T09:00:00+01:00"), so the day and the time can be read off
 * the string itself, whatever the computer's time zone.
 */
export const slotDay = (start: string) => start.slice(0, 10);
export const slotTime = (start: string) => start.slice(11, 16);

/** The free times grouped by day, in order; days without free times are left out. */
export const slotsByDay = (slots: Slot[]) => {
    const days = new Map<string, Slot[]>();
    for (const slot of [...slots].sort((a, b) => a.start.localeCompare(b.start))) {
        const day = slotDay(slot.start);
        days.set(day, [...(days.get(day) ?? []), slot]);
    }
    return days;
};
