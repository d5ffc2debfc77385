import { filetypeinfo } from 'magic-bytes.js';
import path from 'node:path';

/** What citizens may attach: photos and PDFs, recognised by their content, not by their name. */
const ALLOWED: Record<string, { mime: string; extensions: string[] }> = {
  jpg: { mime: 'image/jpeg', extensions: ['.jpg', '.jpeg', '.jfif'] },
  png: { mime: 'image/png', extensions: ['.png'] },
  gif: { mime: 'image/gif', extensions: ['.gif'] },
  webp: { mime: 'image/webp', extensions: ['.webp'] },
  heic: { mime: 'image/heic', extensions: ['.heic', '.heif'] },
  pdf: { mime: 'application/pdf', extensions: ['.pdf'] },
};

export type FileCheck = { ok: true; mime: string } | { ok: false; reason: string };

export function checkFileType(filename: string, content: Buffer): FileCheck {
  const detected = filetypeinfo(content.subarray(0, 64)).find((t) => ALLOWED[t.typename]);
  if (!detected) return { ok: false, reason: `"${filename}" is not a photo (JPEG, PNG, GIF, WebP, HEIC) or a PDF.` };
  const allowed = ALLOWED[detected.typename];
  const ext = path.extname(filename).toLowerCase();
  if (ext && !allowed.extensions.includes(ext)) {
    return { ok: false, reason: `"${filename}" is named ${ext} but its content is ${detected.typename.toUpperCase()}.` };
  }
  return { ok: true, mime: allowed.mime };
}
