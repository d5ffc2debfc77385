import { z } from 'zod';
import { ChannelField } from '../shared/channels';

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 08:30 (24-hour clock).');
// 24:00 lets an administrator say "until the end of the day" without wrapping past midnight.
const EndHHMM = z
  .string()
  .regex(
    /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/,
    'Use a time like 17:00 (24-hour clock), or 24:00 for the end of the day.',
  );

const Sender = z
  .string()
  .trim()
  .regex(
    /^([^@\s]+@|@)[^@\s.]+(\.[^@\s.]+)+$/,
    'Use an email address (jan@example.be) or a domain starting with @ (@politie.be).',
  );

const TimeOfDay = z
  .object({
    from: HHMM.describe('Start time (inclusive), Brussels local time, HH:MM.'),
    to: EndHHMM.describe(
      'End time (exclusive), Brussels local time, HH:MM; earlier than `from` means the window runs past midnight (22:00 to 06:00).',
    ),
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'Choose at least one weekday, or leave weekdays out for every day.')
      .optional()
      .describe(
        'ISO weekdays (1 = Monday … 7 = Sunday) on which the window starts; a night window 22:00–06:00 on Friday includes Saturday 02:00.',
      ),
  })
  .refine((t) => t.from !== t.to, {
    message: 'From and to are the same time; for the whole day use 00:00 to 24:00.',
    path: ['to'],
  })
  .describe('Received within this Brussels wall-clock window, daylight saving time included.');

// Every list means "any of these"; an empty list could never match, so it is refused rather than silently saved.
const anyOf = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).min(1, `List at least one ${what}, or leave the condition out.`);

export const RuleConditions = z
  .object({
    channels: anyOf(ChannelField, 'channel').optional().describe('The ticket came in through any of these channels.'),
    categoryIds: anyOf(z.uuid(), 'category').optional().describe('The ticket has any of these categories.'),
    words: anyOf(
      z
        .string()
        .trim()
        .min(2)
        .max(100)
        .regex(/[\p{L}\p{N}]/u, 'A word must contain at least one letter or digit.'),
      'word',
    )
      .max(50)
      .optional()
      .describe(
        'Subject or body contains any of these words or phrases: whole words only ("lamp" does not match "lampion"), ignoring case and accents.',
      ),
    senders: anyOf(Sender, 'sender')
      .max(200)
      .optional()
      .describe(
        'Sender email is any of these addresses ("jan@example.be") or domains ("@politie.be", which also covers "@zone.politie.be"); case-insensitive.',
      ),
    phonePrefixes: anyOf(
      z.string().regex(/^\+\d{1,14}$/, 'Use an international prefix like +3256 or +32470.'),
      'phone prefix',
    )
      .optional()
      .describe(
        'Sender phone number (E.164) starts with any of these prefixes, e.g. "+3256" (Kortrijk area) or "+32470".',
      ),
    languages: anyOf(z.enum(['nl', 'en']), 'language')
      .optional()
      .describe('The ticket is written in any of these languages.'),
    zoneIds: anyOf(z.uuid(), 'zone')
      .optional()
      .describe('The ticket location lies in any of these map zones; tickets without a location never match.'),
    timeOfDay: TimeOfDay.optional(),
    outsideOpeningHours: z
      .boolean()
      .optional()
      .describe(
        "true: only when the department's calendar is closed; false: only when it is open. Without a calendar it never matches.",
      ),
  })
  .strict()
  .describe('Every stated condition must match; a rule without conditions matches every ticket.');

export const RuleActions = z
  .object({
    departmentId: z.uuid().optional().describe('Department that gets the ticket.'),
    categoryId: z.uuid().optional().describe('Category to set.'),
    priority: z.enum(['low', 'normal', 'high', 'urgent']).optional().describe('Priority to set.'),
    tags: z.array(z.string().trim().min(1).max(50)).max(20).optional().describe('Tags to add.'),
    assigneeId: z.uuid().optional().describe('User to assign the ticket to.'),
    acknowledgement: z
      .enum(['standard', 'report', 'none'])
      .optional()
      .describe('Which acknowledgement the citizen gets: the standard one, the one for reports (meldingen), or none.'),
  })
  .strict()
  .refine((a) => Object.values(a).some((v) => v !== undefined), 'A rule must set at least one thing.')
  .describe('What the first matching rule sets on the ticket.');

export type RuleConditions = z.infer<typeof RuleConditions>;
export type RuleActions = z.infer<typeof RuleActions>;
