import type { Validator } from 'react-admin';
import { cleanActions } from './ruleBody';

// Same patterns as the server, so mistakes show before saving.
const senderPattern = /^([^@\s]+@|@)[^@\s.]+(\.[^@\s.]+)+$/;
const phonePrefixPattern = /^\+\d{1,14}$/;
const wordPattern = /[\p{L}\p{N}]/u;

const everyItem =
    (isValid: (item: string) => boolean, message: string): Validator =>
    (values: unknown) => {
        const invalid = Array.isArray(values) ? values.find((value) => !isValid(String(value).trim())) : undefined;
        return invalid === undefined ? undefined : { message, args: { value: String(invalid) } };
    };

export const validateSenders = everyItem((item) => senderPattern.test(item), 'app.rule.sender_invalid');

export const validatePhonePrefixes = everyItem((item) => phonePrefixPattern.test(item), 'app.rule.phone_invalid');

export const validateWords = everyItem((item) => item.length >= 2 && wordPattern.test(item), 'app.rule.word_invalid');

type TimeValues = { conditions?: { timeOfDay?: { from?: string | null; to?: string | null } } };

const timeOf = (values: unknown) => (values as TimeValues)?.conditions?.timeOfDay ?? {};

/** A time window needs both ends; leaving both empty means "any time". */
export const validateTimeFrom: Validator = (from, values) =>
    !from && timeOf(values).to ? 'app.rule.time_incomplete' : undefined;

export const validateTimeTo: Validator = (to, values) => {
    const { from } = timeOf(values);
    if (!to && from) return 'app.rule.time_incomplete';
    if (to && from && to === from) return 'app.rule.time_same';
    return undefined;
};

/** The server refuses a rule that sets nothing; the message shows under the first action. */
export const validateSomeAction: Validator = (_, values) =>
    Object.keys(cleanActions((values as { actions?: Record<string, unknown> })?.actions)).length
        ? undefined
        : 'app.rule.action_required';
