/** Carrier-style keywords (every Twilio messaging channel alike), English and Dutch; a message that is only the keyword (any case, punctuation ignored). */
const KEYWORDS = {
  stop: ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'STOPPEN', 'AFMELDEN', 'UITSCHRIJVEN'],
  start: ['START', 'YES', 'UNSTOP', 'AANMELDEN', 'INSCHRIJVEN'],
  help: ['HELP', 'INFO', 'HULP'],
} as const;

export type SmsKeyword = keyof typeof KEYWORDS;

export function smsKeyword(body: string): SmsKeyword | undefined {
  const word = body
    .trim()
    .replace(/[.!?\s]+$/g, '')
    .toUpperCase();
  for (const [keyword, words] of Object.entries(KEYWORDS) as [SmsKeyword, readonly string[]][])
    if (words.includes(word)) return keyword;
  return undefined;
}

const DUTCH = new Set(['STOPPEN', 'AFMELDEN', 'UITSCHRIJVEN', 'AANMELDEN', 'INSCHRIJVEN', 'HULP']);
const ENGLISH = new Set(['STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'YES', 'UNSTOP', 'HELP']);

/** The language of the keyword itself when it tells; otherwise the contact's. */
export function keywordLanguage(body: string, fallback: 'nl' | 'en'): 'nl' | 'en' {
  const word = body
    .trim()
    .replace(/[.!?\s]+$/g, '')
    .toUpperCase();
  if (DUTCH.has(word)) return 'nl';
  if (ENGLISH.has(word)) return 'en';
  return fallback;
}
