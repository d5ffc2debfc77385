import { z } from 'zod';
import { normaliseNationalRegister } from './nationalRegister';

/**
 * The questions of a document type, kept as JSON on the type so a town adds a document without a release. A field
 * with `when` is asked (and required) only when another field has that value: the family member's number only when
 * the document is for a family member.
 */
export const FIELD_TYPES = ['text', 'textarea', 'date', 'nationalRegister', 'choice'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const Label = z.string().trim().min(1).max(200);
export const DocumentField = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'Use a letter, then letters, digits or _ (at most 40) for a field key.'),
    type: z.enum(FIELD_TYPES, `Field types: ${FIELD_TYPES.join(', ')}.`),
    labelNl: Label,
    labelEn: Label,
    required: z.boolean().default(false),
    options: z
      .array(z.object({ value: z.string().trim().min(1).max(50), labelNl: Label, labelEn: Label }))
      .max(30)
      .optional(),
    when: z.object({ field: z.string().trim().min(1).max(40), equals: z.string().trim().min(1).max(50) }).optional(),
  })
  .refine((f) => f.type !== 'choice' || (f.options?.length ?? 0) > 0, {
    message: 'A choice field needs at least one option.',
    path: ['options'],
  });
export type DocumentField = z.infer<typeof DocumentField>;

export const DocumentFields = z
  .array(DocumentField)
  .max(30)
  .superRefine((fields, ctx) => {
    const keys = fields.map((f) => f.key);
    fields.forEach((f, i) => {
      if (keys.indexOf(f.key) !== i) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'Field keys differ.' });
      if (f.when && !keys.slice(0, i).includes(f.when.field))
        ctx.addIssue({ code: 'custom', path: [i, 'when'], message: 'A condition names an earlier field.' });
    });
  });

export type Lang = 'nl' | 'en';

const MESSAGES = {
  required: { nl: 'Vul dit veld in.', en: 'Fill in this field.' },
  tooLong: { nl: 'Gebruik hoogstens 2.000 tekens.', en: 'Use at most 2,000 characters.' },
  date: {
    nl: 'Geef een datum als JJJJ-MM-DD, niet in de toekomst.',
    en: 'Give a date as YYYY-MM-DD, not in the future.',
  },
  nationalRegister: {
    nl: 'Dit is geen geldig rijksregisternummer: 11 cijfers, zoals op de achterkant van de identiteitskaart (85.07.30-033.28).',
    en: 'This is not a valid national-register number: 11 digits, as on the back of the identity card (85.07.30-033.28).',
  },
  choice: { nl: 'Kies een van de mogelijkheden.', en: 'Choose one of the options.' },
  unknown: { nl: 'Deze vraag hoort niet bij dit document.', en: 'This document does not ask this.' },
} as const;

export interface CheckedAnswers {
  /** everything but national-register numbers, as given (trimmed) */
  answers: Record<string, string>;
  /** national-register numbers (11 digits), to be sealed before storing */
  nationalRegister: Record<string, string>;
  errors: Record<string, string>;
}

/** Whether a field is asked, given the answers so far. */
export function isAsked(field: DocumentField, raw: Record<string, unknown>): boolean {
  return !field.when || String(raw[field.when.field] ?? '') === field.when.equals;
}

/** Checks a citizen's answers against the type's fields; errors are by field key, in the citizen's language. */
export function checkAnswers(fields: DocumentField[], raw: Record<string, unknown>, lang: Lang): CheckedAnswers {
  const out: CheckedAnswers = { answers: {}, nationalRegister: {}, errors: {} };
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(raw))
    if (!known.has(key) && raw[key] !== '' && raw[key] !== undefined) out.errors[key] = MESSAGES.unknown[lang];
  for (const f of fields) {
    if (!isAsked(f, raw)) continue;
    const given = raw[f.key];
    const value = typeof given === 'string' || typeof given === 'number' ? String(given).trim() : '';
    if (!value) {
      if (f.required) out.errors[f.key] = MESSAGES.required[lang];
      continue;
    }
    if (value.length > 2000) out.errors[f.key] = MESSAGES.tooLong[lang];
    else if (f.type === 'nationalRegister') {
      const digits = normaliseNationalRegister(value);
      if (digits) out.nationalRegister[f.key] = digits;
      else out.errors[f.key] = MESSAGES.nationalRegister[lang];
    } else if (f.type === 'date') {
      const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && value <= today();
      if (ok && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value) out.answers[f.key] = value;
      else out.errors[f.key] = MESSAGES.date[lang];
    } else if (f.type === 'choice') {
      if (f.options?.some((o) => o.value === value)) out.answers[f.key] = value;
      else out.errors[f.key] = MESSAGES.choice[lang];
    } else out.answers[f.key] = value;
  }
  return out;
}

const today = () => new Date().toISOString().slice(0, 10);
