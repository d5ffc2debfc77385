import type { ParsedMail } from 'mailparser';

/** What can be wrong with a mail's MIME structure or content; the console has words for each (app.event.email_damage). */
export type EmailDamage = 'boundary_missing' | 'truncated' | 'undecodable' | 'nothing_parsed' | 'recovered_from_raw';

const latin1 = (raw: Buffer) => raw.toString('latin1');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The header block and the body of the whole message, split at the first empty line. */
function splitHeaders(raw: Buffer): { headers: string; body: Buffer } {
  const text = latin1(raw);
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return { headers: text, body: Buffer.alloc(0) };
  return { headers: text.slice(0, m.index), body: raw.subarray(m.index + m[0].length) };
}

/** Every boundary a multipart Content-Type header declares, in the message's head or in its parts' heads. */
function declaredBoundaries(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/^Content-Type:[ \t]*multipart\/[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim)) {
    const header = m[0].replace(/\r?\n[ \t]+/g, ' ');
    const b = /boundary\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(header);
    found.push((b?.[1] ?? b?.[2] ?? '').trim());
  }
  return found;
}

const REPLACEMENT = '\uFFFD';

/**
 * What the parser could not read cleanly. mailparser never throws on these: a boundary that never occurs gives
 * an empty body, a cut-off part gives half a text, an unknown charset or broken base64 gives replacement
 * characters. Each would otherwise become a ticket that silently lost what the citizen wrote.
 */
export function inspectEmail(raw: Buffer, mail: ParsedMail): EmailDamage[] {
  const damage = new Set<EmailDamage>();
  const text = latin1(raw);
  for (const boundary of declaredBoundaries(text)) {
    if (!boundary || !new RegExp(`^--${escape(boundary)}[ \\t]*\\r?$`, 'm').test(text)) damage.add('boundary_missing');
    else if (!new RegExp(`^--${escape(boundary)}--`, 'm').test(text)) damage.add('truncated');
  }
  const parsed = `${mail.text ?? ''}${typeof mail.html === 'string' ? mail.html : ''}`;
  if (parsed.includes(REPLACEMENT)) damage.add('undecodable');
  if (!parsed.trim() && mail.attachments.length === 0 && /\S/.test(latin1(splitHeaders(raw).body)))
    damage.add('nothing_parsed');
  return [...damage];
}

/** Whether a parsed text is mostly noise: more than one character in ten could not be decoded. */
export function unreadable(text: string): boolean {
  const undecoded = text.split(REPLACEMENT).length - 1;
  return !text.trim() || undecoded * 10 > text.length;
}

/**
 * The citizen's words read straight from the bytes when the parser gave nothing usable: the body after the
 * headers, without the boundary lines and part headers, as UTF-8 (or Latin-1 when it is not valid UTF-8).
 */
export function recoverText(raw: Buffer): string {
  const { body } = splitHeaders(raw);
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    decoded = latin1(body);
  }
  const kept: string[] = [];
  let inPartHeaders = false;
  for (const line of decoded.split(/\r?\n/)) {
    if (/^--[^\s]+$/.test(line)) {
      inPartHeaders = true;
      continue;
    }
    if (inPartHeaders) {
      if (line.trim() === '') inPartHeaders = false;
      else if (/^[A-Za-z][A-Za-z0-9-]*:|^[ \t]/.test(line)) continue;
      else inPartHeaders = false;
    }
    if (!inPartHeaders) kept.push(line);
  }
  return (
    kept
      .join('\n')
      // control characters other than tab and line breaks: the very bytes this cleans up
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/**
 * The text a ticket gets from a mail: the parser's, unless the mail is damaged and the parser's text is empty or
 * noise; then what can be read from the bytes themselves.
 */
export function readableText(raw: Buffer, mail: ParsedMail, parsed: string): { text: string; damage: EmailDamage[] } {
  const damage = inspectEmail(raw, mail);
  if (damage.length && unreadable(parsed)) {
    const recovered = recoverText(raw);
    if (recovered && !unreadable(recovered)) return { text: recovered, damage: [...damage, 'recovered_from_raw'] };
  }
  return { text: parsed, damage };
}
