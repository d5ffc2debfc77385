import type { PageLanguage } from '../pages/html';

/**
 * Where to go after logging in: only a path on this site (never //host or a scheme), else Mijn dossiers, so the
 * login cannot be used to send a citizen to another site.
 */
export function safeReturnPath(raw: unknown, lang: PageLanguage): string {
  const fallback = `/mijn-dossiers${lang === 'en' ? '?lang=en' : ''}`;
  if (
    typeof raw !== 'string' ||
    raw.length > 500 ||
    !/^\/(?![/\\])/.test(raw) ||
    /[\s\\]/.test(raw) ||
    [...raw].some((ch) => ch.charCodeAt(0) < 0x20)
  )
    return fallback;
  const url = new URL(raw, 'http://same.site');
  return url.origin === 'http://same.site' ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
