import type { RuleActions, RuleConditions, TimeOfDay } from '../types';

/*
 * The server reads every condition it is given, and an empty list could
 * never match, so whatever the admin left empty is left out altogether:
 * never an empty array, an empty string or null.
 */

type Loose = Record<string, unknown> | null | undefined;

const cleanList = (value: unknown): string[] | undefined => {
    if (!Array.isArray(value)) return undefined;
    const items = value.map((item) => String(item ?? '').trim()).filter((item) => item !== '');
    return items.length ? [...new Set(items)] : undefined;
};

const cleanText = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

const cleanTimeOfDay = (value: unknown): TimeOfDay | undefined => {
    const time = (value ?? {}) as Partial<TimeOfDay>;
    const from = cleanText(time.from);
    const to = cleanText(time.to);
    if (!from || !to) return undefined;
    const days = Array.isArray(time.weekdays) ? [...new Set(time.weekdays.map(Number))].sort((a, b) => a - b) : [];
    return { from, to, ...(days.length ? { weekdays: days } : {}) };
};

const withoutUndefined = <T extends object>(object: T): T =>
    Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;

export const cleanConditions = (conditions: Loose): RuleConditions => {
    const c = conditions ?? {};
    return withoutUndefined({
        channels: cleanList(c.channels) as RuleConditions['channels'],
        categoryIds: cleanList(c.categoryIds),
        words: cleanList(c.words),
        senders: cleanList(c.senders),
        phonePrefixes: cleanList(c.phonePrefixes),
        languages: cleanList(c.languages) as RuleConditions['languages'],
        zoneIds: cleanList(c.zoneIds),
        timeOfDay: cleanTimeOfDay(c.timeOfDay),
        outsideOpeningHours: typeof c.outsideOpeningHours === 'boolean' ? c.outsideOpeningHours : undefined,
    });
};

export const cleanActions = (actions: Loose): RuleActions => {
    const a = actions ?? {};
    return withoutUndefined({
        departmentId: cleanText(a.departmentId),
        categoryId: cleanText(a.categoryId),
        priority: cleanText(a.priority) as RuleActions['priority'],
        tags: cleanList(a.tags),
        assigneeId: cleanText(a.assigneeId),
        acknowledgement: cleanText(a.acknowledgement) as RuleActions['acknowledgement'],
    });
};

/** The body of POST/PUT /routing-rules. */
export const ruleBody = (data: Record<string, unknown>) => ({
    name: typeof data.name === 'string' ? data.name.trim() : data.name,
    active: data.active ?? true,
    conditions: cleanConditions(data.conditions as Loose),
    actions: cleanActions(data.actions as Loose),
});
