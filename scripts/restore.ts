import { closeDb } from '../src/db';
import { closeBlobStore } from '../src/attachments/storage';
import { restoreBackup } from '../src/backup/restore';

const USAGE = `Restores a backup folder made by backup.js into a new, empty database and a store.
  node dist/scripts/restore.js <backup folder> [--files-only]
Writes to DATABASE_URL (created when it does not exist; a database with tables is refused) and to the store of
STORAGE_URL / STORAGE_DIR. --files-only copies only the files: to finish an interrupted restore.`;

async function main(): Promise<number> {
  const dir = process.argv[2];
  if (!dir || dir.startsWith('--')) {
    console.log(USAGE);
    return dir === '--help' ? 0 : 64;
  }
  try {
    const { copy, referenced, missing } = await restoreBackup(dir, {
      filesOnly: process.argv.includes('--files-only'),
      progress: (line) => console.log(line),
    });
    console.log('Restored.');
    console.log(`  files copied: ${copy.copied}, already there: ${copy.alreadyThere}, damaged: ${copy.failed.length}`);
    console.log(`  files the database names: ${referenced}; missing from the store: ${missing.length}`);
    for (const key of missing.slice(0, 20)) console.log(`  missing: ${key}`);
    return copy.failed.length || missing.length ? 1 : 0;
  } finally {
    closeBlobStore();
    await closeDb();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`Restore failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
