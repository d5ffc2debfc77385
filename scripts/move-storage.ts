import path from 'node:path';
import { config } from '../src/config';
import { closeDb } from '../src/db';
import { describeLocation, parseStorageUrl, type StorageLocation } from '../src/storageLocation';
import { openStore } from '../src/attachments/storage';
import { copyStore } from '../src/attachments/copyStore';
import { missingFrom } from '../src/attachments/referencedKeys';

const USAGE = `Copies every stored file from one store to another, checking each one's sha256.
  node dist/scripts/move-storage.js [--from <url>] [--to <url>]
    --from   where the files are now; by default the folder STORAGE_DIR (file:///…)
    --to     where they go; by default STORAGE_URL (e.g. s3://bucket?endpoint=…)
Safe to run again: files already in the target are checked, not sent again. The source is never changed.`;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function location(name: string, value: string | undefined, fallback: StorageLocation | undefined): StorageLocation {
  if (value === undefined) {
    if (!fallback) throw new Error(`--${name} is needed (or set STORAGE_URL)\n\n${USAGE}`);
    return fallback;
  }
  try {
    return parseStorageUrl(value);
  } catch (err) {
    throw new Error(`--${name} ${value}: ${(err as Error).message}`);
  }
}

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const c = config();
  const from = location('from', option('from'), { kind: 'file', dir: path.resolve(c.STORAGE_DIR) });
  const to = location('to', option('to'), c.STORAGE_URL);
  if (describeLocation(from) === describeLocation(to))
    throw new Error(`--from and --to are both ${describeLocation(to)}`);
  console.log(`Copying files from ${describeLocation(from)} to ${describeLocation(to)}`);
  const [source, target] = [openStore(from), openStore(to)];
  try {
    const report = await copyStore(source, target, (line) => console.log(line));
    const { referenced, missing } = await missingFrom(target);
    console.log(`  copied:                 ${report.copied}`);
    console.log(`  already there, checked: ${report.alreadyThere}`);
    console.log(`  damaged or unreadable:  ${report.failed.length}`);
    console.log(`Files the database names: ${referenced}; in ${describeLocation(to)}: ${referenced - missing.length}`);
    for (const key of missing.slice(0, 20)) console.log(`  missing: ${key}`);
    if (report.failed.length || missing.length) {
      console.log('Not everything is in the target: see the lines above; run again after fixing the cause.');
      return 1;
    }
    console.log(
      to.kind === 's3'
        ? 'Done. Set STORAGE_URL to the target, restart Voordeur, check a download, then remove the old folder.'
        : 'Done. Point STORAGE_URL at the target and restart Voordeur.',
    );
    return 0;
  } finally {
    source.close();
    target.close();
    await closeDb();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`Could not move the files: ${(err as Error).message}`);
    process.exit(1);
  },
);
