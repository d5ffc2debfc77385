import { pipeline } from 'node:stream/promises';
import type { BlobStore } from './storage';
import { ChecksumMismatch, hashingStream } from './contentAddress';

export interface CopyReport {
  copied: number;
  alreadyThere: number;
  /** keys whose bytes did not match their name, or could not be read or written; each with why */
  failed: { key: string; reason: string }[];
}

/** The sha256 of what the store holds under a key, read back in full. */
export async function hashOf(store: BlobStore, key: string): Promise<string> {
  const hash = hashingStream();
  await pipeline(await store.open(key), hash, async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) void chunk;
  });
  return hash.digest().sha256;
}

/**
 * Copies every file of one store into another, one at a time, streaming. Safe to run again or after an interruption:
 * a file already in the target is read back and checked, not sent again. Every file is checked against its name
 * (the sha256 of its bytes) on the way in and once more read back from the target; a copy in the target that does
 * not match is replaced. The source is never changed.
 */
export async function copyStore(
  from: BlobStore,
  to: BlobStore,
  progress: (line: string) => void = () => undefined,
): Promise<CopyReport> {
  const report: CopyReport = { copied: 0, alreadyThere: 0, failed: [] };
  let seen = 0;
  for await (const key of from.keys()) {
    try {
      const present = await to.has(key);
      if (present && (await hashOf(to, key)) === key) report.alreadyThere++;
      else {
        if (present) await to.remove(key);
        await to.putStream(await from.open(key), key);
        if ((await hashOf(to, key)) !== key) throw new Error('the copy read back from the target does not match');
        report.copied++;
      }
    } catch (err) {
      const reason = err instanceof ChecksumMismatch ? err.message : `could not be copied: ${(err as Error).message}`;
      report.failed.push({ key, reason });
      progress(`  ! ${key}: ${reason}`);
    }
    if (++seen % 500 === 0) progress(`  ${seen} files checked…`);
  }
  return report;
}
