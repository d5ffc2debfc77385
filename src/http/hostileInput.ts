import type { RequestHandler } from 'express';
import { ValidationError } from '../shared/errors';

/**
 * Input PostgreSQL (or any text column) can never hold, refused before a route sees it: a NUL
 * character anywhere, and a path whose %-escapes do not decode. Without this such input travels
 * down to the database and comes back as a 500; here it is the client's 400 with a message.
 */
export const NUL_MESSAGE = 'The request contains a NUL character (%00), which no field accepts.';
export const BAD_ESCAPE_MESSAGE =
  'The address contains a broken %-escape; encode special characters as UTF-8 (for example %C3%A9 for é).';

/** The first place in a parsed body, query or params object that holds a NUL character, or undefined. */
export function nulPath(value: unknown, at = '', depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? at || '_' : undefined;
  if (depth > 20 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return undefined;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const key = `${at ? `${at}.` : ''}${k}`;
    if (k.includes('\u0000')) return key;
    const found = nulPath(v, key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Throws the client's 400 when a parsed body (multipart fields included) carries a NUL character. */
export function assertNoNul(value: unknown, what: string): void {
  const field = nulPath(value);
  if (field) throw new ValidationError(`Invalid ${what}. ${NUL_MESSAGE}`, { [field]: 'Contains a NUL character.' });
}

/** Runs after the JSON and urlencoded parsers, before any router: the path, the query and the body. */
export const rejectHostileInput: RequestHandler = (req, _res, next) => {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return next(new ValidationError(BAD_ESCAPE_MESSAGE, { path: 'Broken %-escape.' }));
  }
  try {
    if (path.includes('\u0000'))
      throw new ValidationError(`Invalid path. ${NUL_MESSAGE}`, { path: 'Contains a NUL character.' });
    assertNoNul(req.query, 'query');
    assertNoNul(req.body, 'request body');
    next();
  } catch (err) {
    next(err);
  }
};
