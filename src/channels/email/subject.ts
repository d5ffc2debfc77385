import { parseReference } from '../../tickets/reference';

// The reply and forward markers of mail programs in the languages citizens write in, each
// only as a marker: followed by an optional counter (Re[2], Re(2), Re^2) and a colon, so
// subjects that merely start with these letters ("Reservatie zaal", "Awel", "Trouw") stay whole.
const MARKERS = [
  're',
  'antw',
  'antwoord',
  'aw',
  'wg',
  'fwd',
  'fw',
  'doorst',
  'doorgestuurd',
  'tr',
  'rv',
  'réf',
  'ref',
  'sv',
  'vs',
  'odp',
  'rif',
  'r',
  'i',
  'απ',
  'σχετ',
  '回复',
  '转发',
  'ynt',
];
const REPLY_PREFIX = new RegExp(`^(?:${MARKERS.join('|')})\\s*(?:\\[\\d+\\]|\\(\\d+\\)|\\^\\d+)?\\s*[:：]\\s*`, 'iu');
const TAG = String.raw`\[\s*VD[\s\-.]*\d{4}[\s\-.]*\d{4}\s*\]`;
const OUR_TAG = new RegExp(TAG, 'gi');
const LEADING_TAG = new RegExp(`^${TAG}\\s*`, 'i');
const REFERENCE_CANDIDATE = /(?<![\p{L}\p{N}])VD[\s\-.]*(\d{4})[\s\-.]*(\d{4})(?!\p{N})/giu;

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "RE: AW: Fwd: [VD-1234-5671] Re: Straatlamp" becomes "[VD-1234-5671] Straatlamp": markers before and after our tag go. */
export function stripReplyPrefixes(subject: string): string {
  let rest = collapseWhitespace(subject);
  const tags: string[] = [];
  let match: RegExpExecArray | null;
  while ((match = REPLY_PREFIX.exec(rest) ?? LEADING_TAG.exec(rest))) {
    if (match[0].startsWith('[')) tags.push(match[0].trim());
    rest = rest.slice(match[0].length);
  }
  return [...tags, rest].filter(Boolean).join(' ');
}

/** The first ticket reference in a subject whose check digit is right, normalised; a mistyped one is not a reference. */
export function findReferenceInSubject(subject: string): string | undefined {
  for (const [, first, second] of subject.matchAll(REFERENCE_CANDIDATE)) {
    const reference = parseReference(first + second);
    if (reference) return reference;
  }
  return undefined;
}

/** The subject a ticket keeps: without reply markers and without our [VD-…] tag. */
export function cleanSubject(subject: string): string {
  return collapseWhitespace(stripReplyPrefixes(subject).replace(OUR_TAG, ' '));
}
