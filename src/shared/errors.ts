/** One error hierarchy for the whole app: services throw these, and http/errorHandler.ts maps them to HTTP. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, errors?: Record<string, string>) {
    super(400, message, errors);
  }
}
export class UnauthorizedError extends AppError {
  constructor(message = 'Log in first.') {
    super(401, message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super(403, message);
  }
}
export class NotFoundError extends AppError {
  constructor(message = 'Not found.') {
    super(404, message);
  }
}
export class ConflictError extends AppError {
  constructor(message: string, errors?: Record<string, string>) {
    super(409, message, errors);
  }
}
/**
 * A write made against an older version of a record than the stored one: nothing was changed. The answer
 * carries the record as it is now and who changed it last, so the screen can show the conflict and re-apply.
 */
export class StaleVersionError extends AppError {
  constructor(
    message: string,
    readonly extra: { current: unknown; changedBy: { name: string | null; at: Date; changes: string[] } | null },
  ) {
    super(409, message);
  }
}
export class PayloadTooLargeError extends AppError {
  constructor(message: string, errors?: Record<string, string>) {
    super(413, message, errors);
  }
}
export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string, errors?: Record<string, string>) {
    super(415, message, errors);
  }
}
/** A service Voordeur depends on (the file store) does not answer: the client may try again shortly. */
export class ServiceUnavailableError extends AppError {
  constructor(message: string) {
    super(503, message, undefined, { 'Retry-After': '5' });
  }
}
/** Something that was there and is no longer (a file whose bytes left the store, an expired download link): do not retry. */
export class GoneError extends AppError {
  constructor(message: string) {
    super(410, message);
  }
}
