import type { RequestHandler } from 'express';
import multer from 'multer';
import { config } from '../config';
import { UnsupportedMediaTypeError, ValidationError } from '../shared/errors';
import { assertNoNul } from './hostileInput';

export const MULTIPART_MESSAGE =
  'The multipart form could not be read: its boundary is missing or does not match, or the body was cut off.';

/**
 * Reads a JSON, urlencoded or multipart body; files only from the "attachments" field and within
 * the configured count and size, so an oversized upload is refused while it streams in.
 */
export function ticketBody(): RequestHandler {
  const c = config();
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: {
      fileSize: c.UPLOAD_MAX_FILE_MB * 1024 * 1024,
      files: c.UPLOAD_MAX_FILES,
      fields: 30,
      fieldSize: 64 * 1024,
    },
    // browsers send UTF-8 file names without saying so
    ...({ defParamCharset: 'utf8' } as object),
  }).array('attachments', c.UPLOAD_MAX_FILES);
  return (req, res, next) => {
    if (req.is('multipart/form-data')) {
      return upload(req, res, (err?: unknown) => {
        if (err instanceof multer.MulterError) return next(err);
        // busboy's own complaints (no boundary, a boundary that does not match, a cut-off body) are the client's
        if (err) return next(new ValidationError(MULTIPART_MESSAGE, { attachments: MULTIPART_MESSAGE }));
        try {
          assertNoNul(req.body, 'form');
          next();
        } catch (e) {
          next(e);
        }
      });
    }
    if (req.is('application/json') || req.is('application/x-www-form-urlencoded')) return next();
    next(
      new UnsupportedMediaTypeError(
        'Send the form as application/json or multipart/form-data (with files in the field "attachments").',
      ),
    );
  };
}

export function uploadedFiles(files: unknown): { filename: string; content: Buffer }[] {
  if (!Array.isArray(files)) return [];
  return (files as Express.Multer.File[]).map((f) => ({ filename: f.originalname, content: f.buffer }));
}
