// The lines mail programs write above the history they quote, in the languages citizens write
// in. Attribution lines ("Op ma 23 nov. 2026 om 10:12 schreef Gemeente <info@…>:") are
// recognised by their opening word, their verb and the colon they end with, and only when they
// name a time or an address, so a citizen's own "Op 3 maart schreef ik u al:" stays.
const ATTRIBUTION =
  /^(op|on|le|am|el|il|em|w dniu|dnia|den|på)\s.*\s(schreef|geschreven|wrote|écrit|schrieb|escribió|scritto|escreveu|napisał|napisała|pisze|skrev)(\s.*)?[:：]$/iu;
const TIME = /\d{1,2}[:.h]\d{2}/;
const ADDRESS = /[^\s<>()[\]]+@[^\s<>()[\]]+\.[a-z]{2,}/i;
const MAX_ATTRIBUTION_LINES = 3;
// real ones are shorter; this also keeps the pattern from crawling through a long paragraph
const MAX_ATTRIBUTION_LENGTH = 300;

const SEPARATOR =
  /^\s*(-{2,}|_{2,})\s*(oorspronkelijk bericht|origineel bericht|original message|message d'origine|ursprüngliche nachricht|mensaje original|messaggio originale|forwarded message|doorgestuurd bericht|message transféré|weitergeleitete nachricht)\s*(-{2,}|_{2,})\s*$/i;
const FORWARD_INTRO =
  /^\s*(begin forwarded message|begin doorgestuurd bericht|début du message réexpédié|anfang der weitergeleiteten nachricht)\s*:\s*$/i;

// Outlook writes no attribution line but a block of headers: the sender, then when and what
// about, one header a line or all on one line.
const HEADER_FROM = /^\s*\*?(van|from|de|von|da)\s*\*?\s*[:：]/i;
const HEADER_SENT = /(^|\s)\*?(verzonden|sent|datum|date|envoyé|gesendet|enviado|inviato)\s*\*?\s*[:：]/im;
const HEADER_SUBJECT = /(^|\s)\*?(onderwerp|subject|objet|betreff|asunto|oggetto)\s*\*?\s*[:：]/im;
const HEADER_BLOCK_LINES = 6;

const SIGNATURE_DELIMITER = /^--\s?$/;
const DEVICE_LINE_PREFIXES = [
  'sent from',
  'get outlook for',
  'verzonden vanaf',
  'verzonden vanuit',
  'verzonden van mijn',
  'verstuurd vanaf',
  'verstuurd vanuit',
  'verstuurd van mijn',
  'outlook voor \\S+ downloaden',
  'envoyé de mon',
  'envoyé depuis',
  'envoyé à partir de',
  'von meinem .* gesendet',
  'gesendet von',
  'enviado desde',
  'inviato da',
];
const DEVICE_LINE = new RegExp(`^\\s*(${DEVICE_LINE_PREFIXES.join('|')})`, 'i');
// longer lines starting like that are sentences the citizen wrote
const DEVICE_LINE_MAX_LENGTH = 80;
const ONLY_DECORATION = /^[\s_\-=*~]*$/;

const isQuoted = (line: string) => line.startsWith('>');

function startsHeaderBlock(lines: string[], at: number): boolean {
  if (!HEADER_FROM.test(lines[at])) return false;
  const block = lines.slice(at, at + HEADER_BLOCK_LINES).join('\n');
  return HEADER_SENT.test(block) && HEADER_SUBJECT.test(block);
}

/** The attribution starting at this line, which mail programs wrap over up to three lines. */
function attributionAt(lines: string[], at: number): { end: number; namesAddress: boolean } | undefined {
  for (let end = at + 1; end <= Math.min(at + MAX_ATTRIBUTION_LINES, lines.length); end++) {
    const window = lines.slice(at, end);
    if (window.some((line) => !line.trim() || isQuoted(line))) return undefined;
    const joined = window.map((line) => line.trim()).join(' ');
    if (joined.length > MAX_ATTRIBUTION_LENGTH) return undefined;
    if (ATTRIBUTION.test(joined) && (TIME.test(joined) || ADDRESS.test(joined)))
      return { end, namesAddress: ADDRESS.test(joined) };
  }
  return undefined;
}

function quoteFollows(lines: string[], from: number): boolean {
  const next = lines.slice(from).find((line) => line.trim());
  return next !== undefined && isQuoted(next);
}

/** The lines above the quoted history, with '>' quotes taken out of interleaved answers. */
function ownLines(lines: string[]): string[] {
  const own: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isQuoted(lines[i])) continue;
    if (SEPARATOR.test(lines[i]) || FORWARD_INTRO.test(lines[i]) || startsHeaderBlock(lines, i)) break;
    const attribution = attributionAt(lines, i);
    if (attribution && quoteFollows(lines, attribution.end)) {
      i = attribution.end - 1;
      continue;
    }
    // history quoted without '>' (HTML turned into text) is cut only below an attribution naming an address
    if (attribution?.namesAddress) break;
    own.push(lines[i]);
  }
  return own;
}

function withoutSignature(lines: string[]): string[] {
  const delimiter = lines.findIndex((line) => SIGNATURE_DELIMITER.test(line));
  const isDeviceLine = (line: string) => line.length <= DEVICE_LINE_MAX_LENGTH && DEVICE_LINE.test(line);
  return (delimiter === -1 ? lines : lines.slice(0, delimiter)).filter((line) => !isDeviceLine(line));
}

function tidy(lines: string[]): string {
  const trimmed = lines.map((line) => line.trimEnd());
  while (trimmed.length && ONLY_DECORATION.test(trimmed[trimmed.length - 1])) trimmed.pop();
  return trimmed
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
}

/**
 * What the citizen newly wrote: quoted history, signature delimiter and "sent from my phone"
 * lines left out. Greetings and closing words stay. The full mail is kept elsewhere; this is
 * only the text to show, so when nothing would be left the whole message is shown.
 */
export function foldQuotedText(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return tidy(withoutSignature(ownLines(normalised.split('\n')))) || normalised.trim();
}
