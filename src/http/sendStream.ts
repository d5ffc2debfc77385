import type { Response } from 'express';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Streams a body to the response. A reader who goes away mid-download destroys the source too, so an open file or
 * a bucket's connection is let go at once instead of waiting, unread, for ever; that early close is not an error.
 */
export async function sendStream(res: Response, body: Readable): Promise<void> {
  await pipeline(body, res).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err;
  });
}
