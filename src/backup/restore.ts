import path from 'node:path';
import { config } from '../config';
import { blobStore } from '../attachments/storage';
import { LocalDiskStore } from '../attachments/localDiskStore';
import { copyStore, type CopyReport } from '../attachments/copyStore';
import { missingFrom } from '../attachments/referencedKeys';
import { pgEnvironment, prepareEmptyDatabase, runPgTool } from './postgres';
import { DUMP, FILES, readManifest } from './manifest';
import { sha256OfFile } from './backup';

/**
 * Restores a backup folder into the database of DATABASE_URL, which must be new or empty (created when it does not
 * exist; a database with tables is refused, never overwritten), and copies its files into the store of STORAGE_URL
 * (or STORAGE_DIR). With filesOnly the database is left alone and only the file copy runs: to finish a restore whose
 * copy was interrupted (it goes on where it stopped) or to fill a new bucket from a backup.
 */
export async function restoreBackup(
  dir: string,
  opts: { filesOnly?: boolean; progress?: (line: string) => void } = {},
): Promise<{ copy: CopyReport; referenced: number; missing: string[] }> {
  const progress = opts.progress ?? (() => undefined);
  const manifest = await readManifest(dir);
  if (!opts.filesOnly) {
    const dump = path.join(dir, DUMP);
    if ((await sha256OfFile(dump)) !== manifest.database.sha256)
      throw new Error(`${dump} does not match the sha256 in manifest.json: the backup is damaged`);
    const url = config().DATABASE_URL;
    const { tables } = await prepareEmptyDatabase(url);
    if (tables > 0)
      throw new Error(
        `the database of DATABASE_URL already has ${tables} tables: restore into a new, empty database (a restore never overwrites one); to finish copying the files of an interrupted restore, add --files-only`,
      );
    progress(`database ← ${dump}`);
    const name = pgEnvironment(url).PGDATABASE;
    await runPgTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', name, dump], url);
  }
  progress(`files ${path.join(dir, FILES)} → store`);
  const copy = await copyStore(new LocalDiskStore(path.join(dir, FILES)), blobStore(), progress);
  const { referenced, missing } = await missingFrom(blobStore());
  return { copy, referenced, missing };
}
