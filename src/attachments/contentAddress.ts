import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { GoneError } from '../shared/errors';

/** Keys are the sha256 of the bytes (lower-case hex): anything else is refused before it reaches a path or a bucket. */
export const KEY_PATTERN = /^[a-f0-9]{64}$/;

export function assertKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`invalid storage key ${key}`);
}

export function missingBlob(key: string): GoneError {
  return new GoneError(
    `The file ${key.slice(0, 12)}… is no longer in storage (erased, or not restored from a backup).`,
  );
}

/** Bytes that do not hash to the name they were copied under: a damaged file, never stored. */
export class ChecksumMismatch extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`the bytes of ${expected} hash to ${actual}: the file is damaged`);
  }
}

/** A pass-through that hashes and counts what flows through it. */
export function hashingStream(): Transform & { digest(): { sha256: string; size: number } } {
  const hash = createHash('sha256');
  let size = 0;
  const t = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  return Object.assign(t, { digest: () => ({ sha256: hash.digest('hex'), size }) });
}
