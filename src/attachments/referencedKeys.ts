import { db } from '../db';
import type { BlobStore } from './storage';

/** Every storage key the database names: attachments (photos, PDFs, recordings, exports' files) and raw quarantined mail. */
export async function referencedKeys(): Promise<string[]> {
  const rows = await db().$queryRaw<{ key: string }[]>`
    SELECT storage_key AS key FROM attachment
    UNION SELECT storage_key FROM quarantined_email WHERE storage_key IS NOT NULL`;
  return rows.map((r) => r.key);
}

/** The keys the database names that the store does not hold: after a move or a restore this should be empty. */
export async function missingFrom(store: BlobStore): Promise<{ referenced: number; missing: string[] }> {
  const keys = await referencedKeys();
  const missing: string[] = [];
  for (const key of keys) if (!(await store.has(key))) missing.push(key);
  return { referenced: keys.length, missing };
}
