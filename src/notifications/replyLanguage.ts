import { config } from '../config';
import type { Language } from '../generated/prisma/enums';

/**
 * The language Voordeur answers a citizen in: their own when it is one of REPLY_LANGUAGES, otherwise Dutch
 * (Flemish language legislation: the administration answers in Dutch unless it chose to offer more).
 */
export function replyLanguage(language: string | null | undefined): Language {
  const offered: readonly string[] = config().REPLY_LANGUAGES;
  return language && offered.includes(language) ? (language as Language) : 'nl';
}
