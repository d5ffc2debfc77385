import { blobStore } from './storage';
import { checkFileType } from './fileType';
import { UnsupportedMediaTypeError } from '../shared/errors';

export interface IncomingFile {
  filename: string;
  content: Buffer;
}

export interface StoredFile {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

/** Checks every file before storing any, so a rejected upload leaves nothing behind. */
export async function storeUploads(files: IncomingFile[]): Promise<StoredFile[]> {
  const checked = files.map((f, i) => {
    const result = checkFileType(f.filename, f.content);
    if (!result.ok) throw new UnsupportedMediaTypeError(result.reason, { [`attachments.${i}`]: result.reason });
    return { ...f, contentType: result.mime };
  });
  const stored: StoredFile[] = [];
  for (const f of checked) {
    const { key, sha256 } = await blobStore().put(f.content);
    stored.push({
      filename: sanitizeFilename(f.filename),
      contentType: f.contentType,
      size: f.content.length,
      sha256,
      storageKey: key,
    });
  }
  return stored;
}

function sanitizeFilename(name: string): string {
  const base = name
    .replace(/[\\/]/g, '_')
    .replace(/\p{Cc}/gu, '')
    .trim();
  return (base || 'bijlage').slice(0, 200);
}
