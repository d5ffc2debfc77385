import { config } from '../config';
import { badRequest, notFound } from './format';

export type Locale = 'nl' | 'en';

/**
 * One value of an optional argument. The spec: an argument passed empty is the same as one not
 * passed at all. Given twice (?a=1&a=2) it is refused.
 */
export function single(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    const given = value.filter((v) => String(v).trim() !== '');
    if (given.length > 1) throw badRequest(`${name} was given more than once.`);
    return given.length ? single(given[0], name) : undefined;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') throw badRequest(`${name} must be text.`);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A list argument: comma delimited, and/or declared several times. */
export function list(value: unknown, name: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => {
    if (typeof v !== 'string' && typeof v !== 'number') throw badRequest(`${name} must be text.`);
    return String(v).split(',');
  });
  const items = [...new Set(parts.map((p) => p.trim()).filter((p) => p !== ''))];
  return items.length ? items : undefined;
}

/** ?locale=en (an extension): names and status notes in English. Dutch by default. */
export function locale(value: unknown): Locale {
  return chosenLocale(value) ?? 'nl';
}

/** The locale when one was given (en, nl, en-GB, nl_BE), else undefined. */
export function chosenLocale(value: unknown): Locale | undefined {
  const raw = single(value, 'locale');
  if (raw === undefined) return undefined;
  const m = /^(nl|en)([-_][A-Za-z]{2,8})?$/i.exec(raw);
  if (!m) throw badRequest('locale must be nl or en.');
  return m[1].toLowerCase() as Locale;
}

/** This endpoint serves one jurisdiction: OPEN311_JURISDICTION_ID, by default the host name of PUBLIC_URL. */
export function jurisdictionId(): string {
  const c = config();
  return c.OPEN311_JURISDICTION_ID ?? new URL(c.PUBLIC_URL).hostname;
}

/** jurisdiction_id may be left out (one jurisdiction); when given it must be ours. */
export function checkJurisdiction(value: unknown): void {
  const given = single(value, 'jurisdiction_id');
  if (given !== undefined && given.toLowerCase() !== jurisdictionId().toLowerCase()) {
    throw notFound(`jurisdiction_id ${given} was not found; this endpoint serves ${jurisdictionId()}.`);
  }
}

const W3C_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * A date and time in the W3C profile of ISO 8601 with its time zone, which the spec requires
 * (2010-01-01T00:00:00Z, 2010-01-01T01:00+01:00, fractions of seconds allowed). A "+" that reached
 * us as a space (an unencoded + in a query string) is read as "+".
 */
export function parseW3cDateTime(raw: string): Date | undefined {
  const s = raw.trim().replace(/ (\d{2}:\d{2})$/, '+$1');
  const m = W3C_DATETIME.exec(s);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const sec = Number(m[6] ?? 0);
  const ms = m[7] ? Math.floor(Number(m[7]) * 1000) : 0;
  const [oh, om] = m[8] ? [0, 0] : [Number(m[10]), Number(m[11])];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 59 || oh > 23 || om > 59) return undefined;
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return undefined;
  const sign = m[9] === '-' ? -1 : 1;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, sec, ms) - sign * (oh * 60 + om) * 60_000);
}

/** Our dates out: W3C format in UTC, whole seconds (2010-01-01T00:00:00Z). */
export function w3c(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
