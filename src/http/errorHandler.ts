import type { ErrorRequestHandler, RequestHandler } from 'express';
import multer from 'multer';
import { AppError, StaleVersionError } from '../shared/errors';
import { logger } from '../logger';
import { Prisma } from '../generated/prisma/client';
import { isPagePath, sendErrorPage } from './errorPage';

function multerMessage(err: multer.MulterError, maxFiles: number, maxMb: number): [number, string] {
  switch (err.code) {
    case 'LIMIT_FILE_SIZE':
      return [413, `A file is larger than ${maxMb} MB.`];
    case 'LIMIT_FILE_COUNT':
    case 'LIMIT_UNEXPECTED_FILE':
      return [400, `At most ${maxFiles} files may be attached, in the field "attachments".`];
    case 'LIMIT_FIELD_VALUE':
      return [413, 'A form field is too long.'];
    default:
      return [400, `The upload could not be read (${err.message}).`];
  }
}

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  'P1001',
  'P1002',
  'P1017',
]);
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/** PostgreSQL is down or the connection broke: the client should come back later, not see a 500. */
function databaseUnavailable(err: unknown): boolean {
  const e = err as
    | {
        code?: string;
        message?: string;
        cause?: { kind?: string; code?: string };
        meta?: { driverAdapterError?: { cause?: { kind?: string } } };
      }
    | undefined;
  if (!e) return false;
  if (err instanceof Prisma.PrismaClientInitializationError) return true;
  if (e.code && UNREACHABLE_CODES.has(e.code)) return true;
  const kind = e.meta?.driverAdapterError?.cause?.kind ?? e.cause?.kind;
  if (kind && UNREACHABLE_KINDS.has(kind)) return true;
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Can't reach database server/i.test(
    e.message ?? '',
  );
}

/** The field a unique index guards, read from the index name Prisma's naming gives it (<table>_<column>_key). */
function uniqueFields(err: Prisma.PrismaClientKnownRequestError): string[] {
  const cause = (
    err.meta as
      | { driverAdapterError?: { cause?: { table?: string; constraint?: { index?: string; fields?: string[] } } } }
      | undefined
  )?.driverAdapterError?.cause;
  if (cause?.constraint?.fields) return cause.constraint.fields.map((f) => f.replace(/"/g, ''));
  const index = cause?.constraint?.index;
  if (!index || !cause?.table || !index.startsWith(`${cause.table}_`) || !index.endsWith('_key')) return [];
  const column = index.slice(cause.table.length + 1, -'_key'.length);
  return [column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())];
}

/**
 * PostgreSQL's data exceptions for a value it cannot read or hold (a malformed uuid, a NUL byte, a
 * number or date out of range, a string too long for its column): the value came from the client.
 */
const INVALID_VALUE_CODES = new Set(['22P02', '22021', '22001', '22003', '22007', '22008', '22004', '22023']);
function invalidValue(err: unknown): boolean {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (err.meta as { driverAdapterError?: { cause?: { originalCode?: string; code?: string } } } | undefined)
    ?.driverAdapterError?.cause;
  const code = cause?.originalCode ?? cause?.code;
  return Boolean(code && INVALID_VALUE_CODES.has(code));
}

/** A client error: JSON for the API, a page in the citizen's language on the citizen's pages. */
function clientError(
  req: Parameters<ErrorRequestHandler>[1],
  res: Parameters<ErrorRequestHandler>[2],
  status: number,
  body: { message: string; errors?: Record<string, string> } & Record<string, unknown>,
) {
  if (isPagePath(req.path) && req.method !== 'OPTIONS') return sendErrorPage(req, res, status, body.message);
  res.status(status).json(body);
}

export function errorHandler(limits: { maxFiles: number; maxMb: number }): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof AppError) {
      for (const [k, v] of Object.entries(err.headers ?? {})) res.setHeader(k, v);
      const body = {
        message: err.message,
        ...(err.errors ? { errors: err.errors } : {}),
        ...(err instanceof StaleVersionError ? err.extra : {}),
      };
      if (err.status < 500) return clientError(req, res, err.status, body);
      res.status(err.status).json(body);
      return;
    }
    if (databaseUnavailable(err)) {
      (req.log ?? logger).warn({ err: String(err?.message ?? err) }, 'database unavailable');
      res.setHeader('Retry-After', '5');
      res.status(503).json({ message: 'The service is temporarily unavailable; please try again in a few seconds.' });
      return;
    }
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      const fields = uniqueFields(err);
      const message = `Another record already has this ${fields.join(' and ') || 'value'}.`;
      res.status(409).json({ message, errors: Object.fromEntries(fields.map((f) => [f, 'Already in use.'])) });
      return;
    }
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2025') {
      res.status(404).json({ message: 'Not found.' });
      return;
    }
    if (invalidValue(err)) {
      (req.log ?? logger).warn(
        { err: String(err?.message ?? err) },
        'a value the database cannot read came from the client',
      );
      return clientError(req, res, 400, {
        message:
          'A value in the request is not valid (for example an id that is not a UUID, or a number or date out of range).',
      });
    }
    if (err instanceof multer.MulterError) {
      const [status, message] = multerMessage(err, limits.maxFiles, limits.maxMb);
      return clientError(req, res, status, { message, errors: { [err.field ?? 'attachments']: message } });
    }
    // body-parser marks the errors a client caused with a status and a type
    const status =
      typeof err?.status === 'number' ? err.status : typeof err?.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 400 && status < 500) {
      const message =
        err.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : err.type === 'entity.too.large'
            ? 'The request body is too large.'
            : err.type === 'encoding.unsupported' || err.type === 'charset.unsupported'
              ? 'The request body uses an unsupported encoding.'
              : String(err.message ?? 'Bad request.');
      return clientError(req, res, status, { message });
    }
    (req.log ?? logger).error({ err }, 'unhandled error');
    res.status(500).json({ message: 'Something went wrong on our side. Please try again later.' });
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  if (isPagePath(req.path) && (req.method === 'GET' || req.method === 'HEAD')) return sendErrorPage(req, res, 404);
  res.status(404).json({ message: 'No such endpoint.' });
};
