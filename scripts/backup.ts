import { closeDb } from '../src/db';
import { closeBlobStore } from '../src/attachments/storage';
import { createBackup } from '../src/backup/backup';

const USAGE = `Backs up Voordeur into a new folder inside <folder>: the database and every stored file.
  node dist/scripts/backup.js <folder>
Reads DATABASE_URL and STORAGE_URL / STORAGE_DIR as Voordeur does. Restore with: node dist/scripts/restore.js <backup>`;

async function main(): Promise<number> {
  const parent = process.argv[2];
  if (!parent || parent.startsWith('--')) {
    console.log(USAGE);
    return parent === '--help' ? 0 : 64;
  }
  try {
    const { dir, manifest, copy } = await createBackup(parent, (line) => console.log(line));
    console.log(`Backup written to ${dir}`);
    console.log(`  database: ${manifest.database.bytes} bytes`);
    console.log(`  files:    ${manifest.files.count} (${copy.failed.length} damaged or unreadable)`);
    if (manifest.files.missing.length)
      console.log(
        `  ${manifest.files.missing.length} files the database names were not in the store (see manifest.json)`,
      );
    return copy.failed.length ? 1 : 0;
  } finally {
    closeBlobStore();
    await closeDb();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`Backup failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
