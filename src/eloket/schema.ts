import { z } from 'zod';
import { EmailField, PhoneField } from '../shared/identities';

/** Form posts send every field as a string, and an empty field means "not given". */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

export const DELIVERIES = ['email', 'post', 'pickup'] as const;

/** A citizen's document request, as JSON or multipart (the proof file in "attachments"). */
export const DocumentRequestBody = z
  .object({
    documentType: z.string({ error: 'Choose a document.' }).trim().min(1, 'Choose a document.').max(100),
    answers: z
      .record(z.string().max(40), z.union([z.string().max(5000), z.number()]), {
        error: 'Give the answers as an object {field: value}.',
      })
      .default({}),
    delivery: z.preprocess(blank, z.enum(DELIVERIES, { error: 'Choose email, post or pickup.' })),
    postalAddress: opt(z.string().trim().max(300, 'Use at most 300 characters.')),
    name: z.preprocess(
      blank,
      z.string({ error: 'Enter your name.' }).trim().min(2, 'Enter your name.').max(200, 'Use at most 200 characters.'),
    ),
    email: opt(EmailField),
    phone: opt(PhoneField),
    language: z.preprocess(blank, z.enum(['nl', 'en'], { error: 'Choose nl or en.' }).default('nl')),
    submissionKey: opt(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{8,100}$/, 'Use 8 to 100 letters, digits, - or _.'),
    ),
    /** honeypot: hidden from people, filled in by simple bots */
    website: opt(z.string().max(500)),
  })
  .superRefine(
    (v, ctx) => {
      if (!v.email && !v.phone)
        ctx.addIssue({
          code: 'custom',
          path: ['email'],
          message: 'Give an email address or a phone number so that we can reach you.',
        });
      if (v.delivery === 'email' && !v.email)
        ctx.addIssue({
          code: 'custom',
          path: ['email'],
          message: 'Give an email address to receive the document by email.',
        });
      if (v.delivery === 'post' && !v.postalAddress)
        ctx.addIssue({ code: 'custom', path: ['postalAddress'], message: 'Give the address to post the document to.' });
    },
    { when: (p) => typeof p.value === 'object' && p.value !== null && !Array.isArray(p.value) },
  );
export type DocumentRequestInput = z.infer<typeof DocumentRequestBody>;
