import { ValidationError } from '../shared/errors';

/**
 * {{name}}-style placeholders in texts that staff write for citizens (status templates, canned replies): one
 * syntax, one check on save, one way to fill them in.
 */
const PLACEHOLDER = /\{\{\s*([a-zA-Z_]+)\s*\}\}/g;

/** The placeholders a text uses that are not in `allowed`, so the writer hears about a typo before a citizen does. */
export function unknownPlaceholders(text: string, allowed: readonly string[]): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((v) => !allowed.includes(v));
}

/**
 * Refuses texts with unknown placeholders: a 400 naming each one and the field it is in, and listing the ones
 * that exist.
 */
export function assertKnownPlaceholders(fields: Record<string, string | undefined>, allowed: readonly string[]): void {
  const errors: Record<string, string> = {};
  const all = new Set<string>();
  for (const [field, text] of Object.entries(fields)) {
    const unknown = [...new Set(unknownPlaceholders(text ?? '', allowed))];
    if (!unknown.length) continue;
    unknown.forEach((u) => all.add(u));
    errors[field] = `Unknown: ${unknown.join(', ')}`;
  }
  if (!all.size) return;
  throw new ValidationError(
    `Unknown placeholder ${[...all].map((u) => `{{${u}}}`).join(', ')}; use ${allowed.map((v) => `{{${v}}}`).join(', ')}.`,
    errors,
  );
}

/** Plain substitution of a fixed list of values: the result is text, escaped when it goes into HTML. */
export function fillPlaceholders(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : whole,
  );
}
