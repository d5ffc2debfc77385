import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { randomToken, sha256Hex } from '../shared/tokens';
import { config } from '../config';

/** Where attachment bytes live; an S3-compatible store can implement the same three calls. */
export interface BlobStore {
  put(content: Buffer): Promise<{ key: string; sha256: string }>;
  open(key: string): Readable;
  remove(key: string): Promise<void>;
}

/** Content-addressed files on local disk: the same photo sent twice is stored once, and a write is atomic. */
export class LocalDiskStore implements BlobStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!/^[a-f0-9]{64}$/.test(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(content: Buffer) {
    const sha256 = sha256Hex(content);
    const target = this.pathOf(sha256);
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${randomToken()}.tmp`;
      await writeFile(tmp, content);
      await rename(tmp, target);
    }
    return { key: sha256, sha256 };
  }

  open(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async remove(key: string) {
    await unlink(this.pathOf(key)).catch((err) => {
      if (err.code !== 'ENOENT') throw err;
    });
  }
}

let store: BlobStore | undefined;
export function blobStore(): BlobStore {
  store ??= new LocalDiskStore(path.resolve(config().STORAGE_DIR));
  return store;
}
