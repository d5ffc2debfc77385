import { brusselsWallClockToIso } from '../common/dates';
import type { Language, RuleSample, TicketChannel } from '../types';

export type SampleValues = Partial<Record<keyof RuleSample, unknown>>;

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The typed sample as the dry run wants it, optional parts left out; undefined while incomplete. */
export const sampleFromForm = (values: SampleValues = {}): RuleSample | undefined => {
    const channel = text(values.channel) as TicketChannel | undefined;
    const subject = text(values.subject);
    const body = text(values.body);
    if (!channel || !subject || !body) return undefined;
    const receivedAt = text(values.receivedAt);
    const sample: RuleSample = {
        channel,
        subject,
        body,
        senderEmail: text(values.senderEmail),
        senderPhone: text(values.senderPhone),
        language: text(values.language) as Language | undefined,
        categoryId: text(values.categoryId),
        latitude: number(values.latitude),
        longitude: number(values.longitude),
        // Time conditions are in Brussels time, so the typed time is too.
        receivedAt: receivedAt ? brusselsWallClockToIso(receivedAt) : undefined,
    };
    return Object.fromEntries(Object.entries(sample).filter(([, value]) => value !== undefined)) as RuleSample;
};
