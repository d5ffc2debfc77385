import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const MANIFEST = 'manifest.json';
export const DUMP = 'database.dump';
export const FILES = 'files';

/** Written last: a backup folder without it was interrupted and is not restored. */
export interface Manifest {
  format: 'voordeur-backup/1';
  createdAt: string;
  database: { file: typeof DUMP; bytes: number; sha256: string };
  files: { folder: typeof FILES; count: number; copiedFrom: string; missing: string[] };
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function readManifest(dir: string): Promise<Manifest> {
  const text = await readFile(path.join(dir, MANIFEST), 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new Error(
      err.code === 'ENOENT'
        ? `${dir} has no ${MANIFEST}: it is not a backup folder, or its backup did not finish`
        : `${MANIFEST} could not be read: ${err.message}`,
    );
  });
  const manifest = JSON.parse(text) as Manifest;
  if (manifest.format !== 'voordeur-backup/1')
    throw new Error(`${MANIFEST} is of format ${String(manifest.format)}; this Voordeur restores voordeur-backup/1`);
  return manifest;
}
