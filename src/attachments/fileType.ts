import { filetypeinfo } from 'magic-bytes.js';
import path from 'node:path';

type Allowed = Record<string, { mime: string; extensions: string[] }>;

/** What citizens may attach: photos and PDFs, recognised by their content, not by their name. */
const CITIZEN_FILES: Allowed = {
  jpg: { mime: 'image/jpeg', extensions: ['.jpg', '.jpeg', '.jfif'] },
  png: { mime: 'image/png', extensions: ['.png'] },
  gif: { mime: 'image/gif', extensions: ['.gif'] },
  webp: { mime: 'image/webp', extensions: ['.webp'] },
  heic: { mime: 'image/heic', extensions: ['.heic', '.heif'] },
  pdf: { mime: 'application/pdf', extensions: ['.pdf'] },
};

/** What a telephony provider serves as a voicemail recording. */
const RECORDINGS: Allowed = {
  mp3: { mime: 'audio/mpeg', extensions: ['.mp3'] },
  wav: { mime: 'audio/wav', extensions: ['.wav'] },
};

export type FileCheck = { ok: true; mime: string } | { ok: false; reason: string };

function check(allowed: Allowed, what: string, filename: string, content: Buffer): FileCheck {
  const detected = filetypeinfo(content.subarray(0, 64)).find((t) => allowed[t.typename]);
  if (!detected) return { ok: false, reason: `"${filename}" is not ${what}.` };
  const type = allowed[detected.typename];
  const ext = path.extname(filename).toLowerCase();
  if (ext && !type.extensions.includes(ext)) {
    return {
      ok: false,
      reason: `"${filename}" is named ${ext} but its content is ${detected.typename.toUpperCase()}.`,
    };
  }
  return { ok: true, mime: type.mime };
}

export const checkFileType = (filename: string, content: Buffer) =>
  check(CITIZEN_FILES, 'a photo (JPEG, PNG, GIF, WebP, HEIC) or a PDF', filename, content);

export const checkRecordingType = (filename: string, content: Buffer) =>
  check(RECORDINGS, 'a recording (MP3 or WAV)', filename, content);

/** The file name a type detected by content should carry ("photo" + ".jpg"), for files that came without a name. */
export function extensionFor(mime: string): string {
  const all = { ...CITIZEN_FILES, ...RECORDINGS };
  return Object.values(all).find((t) => t.mime === mime)?.extensions[0] ?? '';
}
