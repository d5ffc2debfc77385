import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, opendir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomToken, sha256Hex } from '../shared/tokens';
import type { BlobStore, StoredBlob } from './storage';
import { assertKey, ChecksumMismatch, hashingStream, KEY_PATTERN, missingBlob } from './contentAddress';

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** Content-addressed files on local disk, in ab/cd/<sha256> so no folder grows too large. */
export class LocalDiskStore implements BlobStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertKey(key);
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  /** Temporary files live beside the store (same file system, so the final rename is atomic) and never look like keys. */
  private async tempFile(): Promise<string> {
    const dir = path.join(this.root, 'tmp');
    await mkdir(dir, { recursive: true });
    return path.join(dir, `${randomToken()}.tmp`);
  }

  private async settle(tmp: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    if (await exists(target)) return unlink(tmp);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(tmp, target);
  }

  async put(content: Buffer): Promise<StoredBlob> {
    const sha256 = sha256Hex(content);
    if (!(await exists(this.pathOf(sha256)))) {
      const tmp = await this.tempFile();
      await writeFile(tmp, content);
      await this.settle(tmp, sha256);
    }
    return { key: sha256, sha256, size: content.length };
  }

  async putStream(content: Readable, expected?: string): Promise<StoredBlob> {
    const tmp = await this.tempFile();
    const hash = hashingStream();
    try {
      await pipeline(content, hash, createWriteStream(tmp));
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw err;
    }
    const { sha256, size } = hash.digest();
    if (expected && sha256 !== expected) {
      await unlink(tmp);
      throw new ChecksumMismatch(expected, sha256);
    }
    await this.settle(tmp, sha256);
    return { key: sha256, sha256, size };
  }

  async open(key: string): Promise<Readable> {
    const stream = createReadStream(this.pathOf(key));
    // wait for the file to open, so a missing one is a clear error before any header is sent
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    }).catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'ENOENT' ? missingBlob(key) : err;
    });
    return stream;
  }

  has(key: string): Promise<boolean> {
    return exists(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  }

  async *keys(): AsyncIterable<string> {
    const walk = async function* (dir: string, depth: number): AsyncGenerator<string> {
      const entries = await opendir(dir).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return undefined;
        throw err;
      });
      if (!entries) return;
      for await (const e of entries) {
        if (depth < 2 && e.isDirectory() && /^[a-f0-9]{2}$/.test(e.name))
          yield* walk(path.join(dir, e.name), depth + 1);
        else if (depth === 2 && e.isFile() && KEY_PATTERN.test(e.name)) yield e.name;
      }
    };
    yield* walk(this.root, 0);
  }

  close(): void {}
}
