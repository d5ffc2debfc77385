import { createReadStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { config } from '../config';
import { describeLocation, storageLocation } from '../storageLocation';
import { blobStore } from '../attachments/storage';
import { LocalDiskStore } from '../attachments/localDiskStore';
import { hashingStream } from '../attachments/contentAddress';
import { copyStore, type CopyReport } from '../attachments/copyStore';
import { referencedKeys } from '../attachments/referencedKeys';
import { runPgTool } from './postgres';
import { DUMP, FILES, writeManifest, type Manifest } from './manifest';

export async function sha256OfFile(file: string): Promise<string> {
  const hash = hashingStream();
  await pipeline(createReadStream(file), hash, async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) void chunk;
  });
  return hash.digest().sha256;
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/**
 * One backup folder, <parent>/voordeur-backup-YYYYMMDD-HHMMSS: the database (pg_dump custom format), a copy of every
 * stored file (content-addressed, as on disk, whether they live on disk or in a bucket) and manifest.json, written
 * last. The database is dumped first and the files copied after, so every file the dump names is in the copy (unless
 * it was erased in between, as it then should be).
 */
export async function createBackup(
  parent: string,
  progress: (line: string) => void = () => undefined,
): Promise<{ dir: string; manifest: Manifest; copy: CopyReport }> {
  const dir = path.resolve(parent, `voordeur-backup-${stamp(new Date())}`);
  await mkdir(parent, { recursive: true });
  await mkdir(dir); // an existing folder is refused: a backup is never written over another
  const named = await referencedKeys();
  progress(`database → ${path.join(dir, DUMP)}`);
  const partial = path.join(dir, `${DUMP}.partial`);
  await runPgTool('pg_dump', ['--format=custom', '--file', partial], config().DATABASE_URL);
  await rename(partial, path.join(dir, DUMP));
  const from = describeLocation(storageLocation(config()));
  progress(`files ${from} → ${path.join(dir, FILES)}`);
  const files = new LocalDiskStore(path.join(dir, FILES));
  const copy = await copyStore(blobStore(), files, progress);
  const missing: string[] = [];
  for (const key of named) if (!(await files.has(key))) missing.push(key);
  const manifest: Manifest = {
    format: 'voordeur-backup/1',
    createdAt: new Date().toISOString(),
    database: {
      file: DUMP,
      bytes: (await stat(path.join(dir, DUMP))).size,
      sha256: await sha256OfFile(path.join(dir, DUMP)),
    },
    files: { folder: FILES, count: copy.copied + copy.alreadyThere, copiedFrom: from, missing },
  };
  await writeManifest(dir, manifest);
  return { dir, manifest, copy };
}
