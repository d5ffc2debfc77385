import { DateTimeInput, type DateTimeInputProps } from 'react-admin';
import { brusselsWallClockToOffsetIso, toBrusselsWallClock } from './dates';

const wallClock = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const format = (value: unknown) => {
    if (typeof value !== 'string' || value === '') return '';
    return wallClock.test(value) ? value : toBrusselsWallClock(value);
};

const parse = (value: string) => (wallClock.test(value) ? brusselsWallClockToOffsetIso(value) : value || null);

/**
 * A date and time typed on the Brussels wall clock, whatever the computer's
 * time zone; the form holds ISO 8601 with the Brussels offset
 * ("2026-12-24T12:00:00+01:00").
 */
export const BrusselsDateTimeInput = (props: DateTimeInputProps) => (
    <DateTimeInput format={format} parse={parse} {...props} />
);
