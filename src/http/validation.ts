import { z } from 'zod';
import { ValidationError } from '../shared/errors';

/** Field path → first message, in the shape the console and the form pages show next to each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    out[key] ??= issue.message;
  }
  return out;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const errors = fieldErrors(result.error);
    const fields = Object.keys(errors).filter((k) => k !== '_');
    const summary = fields.length ? `Please correct: ${fields.join(', ')}.` : (errors._ ?? 'Invalid input.');
    throw new ValidationError(`Invalid ${what}. ${summary}`, errors);
  }
  return result.data;
}
