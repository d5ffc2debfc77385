import { z } from 'zod';
import { EmailField, PhoneField } from '../../shared/identities';

/** Form posts send every field as a string, and an empty field means "not given". */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const SUBMISSION_KEY = /^[A-Za-z0-9_-]{8,100}$/;

export const PublicTicketBody = z
  .object({
    name: opt(z.string().trim().max(200, 'Use at most 200 characters.')),
    email: opt(EmailField),
    phone: opt(PhoneField),
    subject: z.preprocess(
      blankToUndefined,
      z
        .string({ error: 'Enter a subject.' })
        .trim()
        .min(3, 'Use at least 3 characters.')
        .max(200, 'Use at most 200 characters.'),
    ),
    message: z.preprocess(
      blankToUndefined,
      z
        .string({ error: 'Enter your message.' })
        .trim()
        .min(1, 'Enter your message.')
        .max(10000, 'Use at most 10,000 characters.'),
    ),
    category: opt(z.string().trim().max(100)),
    language: z.preprocess(blankToUndefined, z.enum(['nl', 'en'], { error: 'Choose nl or en.' }).default('nl')),
    latitude: opt(
      z.coerce.number({ error: 'Enter a number.' }).min(-90, 'Between -90 and 90.').max(90, 'Between -90 and 90.'),
    ),
    longitude: opt(
      z.coerce
        .number({ error: 'Enter a number.' })
        .min(-180, 'Between -180 and 180.')
        .max(180, 'Between -180 and 180.'),
    ),
    address: opt(z.string().trim().max(300, 'Use at most 300 characters.')),
    submissionKey: opt(z.string().trim().regex(SUBMISSION_KEY, 'Use 8 to 100 letters, digits, - or _.')),
    /** honeypot: hidden from people, filled in by simple bots */
    website: opt(z.string().max(500)),
  })
  .superRefine(
    (v, ctx) => {
      if (!v.email && !v.phone) {
        ctx.addIssue({
          code: 'custom',
          path: ['email'],
          message: 'Give an email address or a phone number so that we can answer you.',
        });
      }
      if ((v.latitude === undefined) !== (v.longitude === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [v.latitude === undefined ? 'latitude' : 'longitude'],
          message: 'Give both latitude and longitude, or neither.',
        });
      }
    },
    // also when another field is wrong: the citizen hears every problem in one round, not this one after fixing the rest
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) },
  );

export type PublicTicketInput = z.infer<typeof PublicTicketBody>;
