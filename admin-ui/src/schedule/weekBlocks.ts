import type { OpeningBlock, Weekday } from '../types';

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const toTime = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Weekday first, then the morning before the afternoon: the order the server stores and people read. */
export const sortBlocks = (blocks: OpeningBlock[]) =>
    [...blocks].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));

/**
 * What is wrong with each block (by its index in the list), as a message
 * key: incomplete, ending before it starts, or overlapping another block of
 * the same day. Blocks that touch (12:00–13:00 and 13:00–17:00) are fine.
 */
export const blockProblems = (blocks: OpeningBlock[]) => {
    const problems = new Map<number, string>();
    blocks.forEach((block, index) => {
        if (!timePattern.test(block.opens) || !timePattern.test(block.closes))
            problems.set(index, 'app.schedule.incomplete');
        else if (block.closes <= block.opens) problems.set(index, 'app.schedule.closes_before_opens');
    });
    blocks.forEach((block, index) => {
        if (problems.has(index)) return;
        const overlaps = blocks.some(
            (other, otherIndex) =>
                otherIndex !== index &&
                !problems.has(otherIndex) &&
                other.weekday === block.weekday &&
                other.opens < block.closes &&
                block.opens < other.closes,
        );
        if (overlaps) problems.set(index, 'app.schedule.overlap');
    });
    return problems;
};

/** A new block for a day: 09:00–17:00 on a closed day, otherwise an hour after the day's last block. */
export const newBlock = (blocks: OpeningBlock[], weekday: Weekday): OpeningBlock => {
    const sameDay = blocks.filter((block) => block.weekday === weekday && timePattern.test(block.closes));
    if (sameDay.length === 0) return { weekday, opens: '09:00', closes: '17:00' };
    const lastClose = Math.max(...sameDay.map((block) => toMinutes(block.closes)));
    const opens = Math.min(lastClose + 60, 22 * 60);
    return { weekday, opens: toTime(opens), closes: toTime(Math.min(opens + 4 * 60, 23 * 60 + 59)) };
};

export const sameBlocks = (a: OpeningBlock[], b: OpeningBlock[]) =>
    JSON.stringify(sortBlocks(a)) === JSON.stringify(sortBlocks(b));
