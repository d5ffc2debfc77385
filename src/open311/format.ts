import type { ErrorRequestHandler, Request, Response } from 'express';
import { XMLBuilder } from 'fast-xml-parser';
import { AppError } from '../shared/errors';
import { logger } from '../logger';

/** The two output formats, chosen by the suffix of the resource (services.json, services.xml). */
export type Format = 'json' | 'xml';

export interface ErrorItem {
  code: number;
  description: string;
}

/** An error answered in the spec's form: an HTTP status and a list of {code, description}. */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly errors: ErrorItem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errors.map((e) => e.description).join(' '));
  }
}

export const badRequest = (...descriptions: string[]) =>
  new Open311Error(
    400,
    descriptions.map((description) => ({ code: 400, description })),
  );
export const forbidden = (description: string) => new Open311Error(403, [{ code: 403, description }]);
export const notFound = (description: string) => new Open311Error(404, [{ code: 404, description }]);

/** "services.json" → {name: "services", format: "json"}; undefined without a known suffix. */
export function splitFormat(file: string): { name: string; format: Format } | undefined {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? { name: m[1], format: m[2] as Format } : undefined;
}

/** The format an error is answered in: the request's suffix when it has a known one, else JSON. */
function formatOf(req: Request): Format {
  const last = req.path.split('/').pop() ?? '';
  return splitFormat(last)?.format ?? 'json';
}

// In XML a list is an element holding one child element per item; the child's name per list (as in the spec's examples).
const ITEM: Record<string, string> = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};

// characters XML 1.0 cannot carry at all, even escaped
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function toXml(key: string, value: unknown): unknown {
  if (Array.isArray(value)) {
    const item = ITEM[key];
    if (!item) throw new Error(`Open311: no XML element name for items of ${key}`);
    return { [item]: value.map((v) => toXml(item, v)) };
  }
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toXml(k, v)]));
  if (typeof value === 'string') return value.replace(NOT_XML, '');
  return value; // numbers, booleans; null becomes an empty element
}

const builder = new XMLBuilder({ format: true, indentBy: '  ', processEntities: true });
export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

export function xmlDocument(root: string, body: unknown): string {
  return `${XML_DECLARATION}\n${builder.build({ [root]: toXml(root, body) })}`;
}

/**
 * Answers in the chosen format. `root` is the XML root element (services, service_definition,
 * service_requests, errors, discovery); JSON is the same data without it (the Spark convention).
 */
export function send(res: Response, format: Format, status: number, root: string, body: unknown): void {
  res.status(status);
  if (format === 'xml') {
    res.set('Content-Type', 'text/xml; charset=utf-8').send(xmlDocument(root, body));
  } else {
    res.set('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify(body));
  }
}

export function sendErrors(
  res: Response,
  format: Format,
  status: number,
  errors: ErrorItem[],
  headers: Record<string, string> = {},
): void {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  send(res, format, status, 'errors', errors);
}

/**
 * Every failure under /open311/v2 in the spec's error form. Ours (Open311Error) carry their status;
 * the app's own (a rate limit: 429) keep theirs; anything else (the database is down or a query
 * failed) is 503 with Retry-After: the spec's 500 is never used.
 */
export function open311ErrorHandler(): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const format = formatOf(req);
    if (err instanceof Open311Error) return sendErrors(res, format, err.status, err.errors, err.headers);
    if (err instanceof AppError && err.status < 500)
      return sendErrors(res, format, err.status, [{ code: err.status, description: err.message }], err.headers);
    // a body parser's complaint (malformed JSON, too large) is the client's
    const status =
      typeof err?.status === 'number' ? err.status : typeof err?.statusCode === 'number' ? err.statusCode : 0;
    if (status >= 400 && status < 500)
      return sendErrors(res, format, status, [{ code: status, description: 'The request could not be read.' }]);
    (req.log ?? logger).error({ err }, 'open311: request failed; answered 503');
    sendErrors(
      res,
      format,
      503,
      [{ code: 503, description: 'The service is temporarily unavailable; please try again in a few seconds.' }],
      { 'Retry-After': '5' },
    );
  };
}
