import { config } from '../config';
import { FAVICON_LINK } from './favicon';

/** Escapes text for HTML; every value that reaches a public page goes through here. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

export type PageLanguage = 'nl' | 'en';

/** A moment as the citizen's pages write it: long date and time, in Brussels. */
export const dateFormat = (lang: PageLanguage) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-BE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });

export function pageLanguage(raw: unknown): PageLanguage {
  return raw === 'en' ? 'en' : 'nl';
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.0625rem;line-height:1.5;color:#1b1b1b;background:#f6f6f4}
header{background:#00445e;color:#fff;padding:1rem}header a{color:#fff}main{max-width:44rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}label{display:block;font-weight:600;margin-top:1rem}
.hint{font-weight:400;color:#4a4a4a;font-size:.95rem}input,select,textarea{width:100%;font:inherit;padding:.6rem;border:2px solid #555;border-radius:4px;background:#fff}
input:focus,select:focus,textarea:focus,button:focus,a:focus{outline:3px solid #ffbf47;outline-offset:2px}
textarea{min-height:9rem}button{margin-top:1.5rem;font:inherit;font-weight:700;padding:.75rem 1.5rem;border:0;border-radius:4px;background:#00445e;color:#fff;cursor:pointer}
.error{color:#b00020;font-weight:600}.field-error input,.field-error textarea,.field-error select{border-color:#b00020}
.summary{border:3px solid #b00020;padding:1rem;background:#fff;margin-bottom:1rem}.ok{border:3px solid #00703c;background:#fff;padding:1rem}
.ref{font-size:1.5rem;font-weight:700;letter-spacing:.05em}fieldset{border:0;padding:0;margin:0}.sr-only{position:absolute;left:-9999px}
nav.lang,nav.account{float:right}nav.account{margin-right:1.5rem}nav.account form{display:inline;margin-left:1rem}
nav.account button{margin:0;padding:.15rem .6rem;background:#fff;color:#00445e;font-weight:600}label.choice{font-weight:400;display:flex;gap:.5rem;align-items:center}label.choice input{width:auto}footer{max-width:44rem;margin:2rem auto;padding:0 1rem;color:#4a4a4a;font-size:.9rem}`;

/** The logged-in citizen as the header shows them (src/citizens): a link to their cases and a logout button. */
export interface HeaderCitizen {
  csrfToken: string;
}

/** This page's own address, in its language (from the other language's address), to come back to after logging in. */
function returnPath(lang: PageLanguage, alternate: string | undefined): string | undefined {
  if (!alternate) return undefined;
  const here = new URL(alternate, 'http://same.site');
  if (lang === 'en') here.searchParams.set('lang', 'en');
  else here.searchParams.delete('lang');
  // the login's own pages lead nowhere after a login
  return /^\/(aanmelden|afmelden)(\/|$)/.test(here.pathname) ? undefined : `${here.pathname}${here.search}`;
}

/** With citizen login set up: "Mijn dossiers" and "Afmelden" for a logged-in citizen, "Aanmelden" for anyone else. */
function accountNav(lang: PageLanguage, citizen: HeaderCitizen | null | undefined, alternate?: string): string {
  if (!config().citizenLogin) return '';
  const en = lang === 'en';
  if (!citizen) {
    const back = returnPath(lang, alternate);
    const query = [back ? `terug=${encodeURIComponent(back)}` : '', en ? 'lang=en' : ''].filter(Boolean).join('&');
    return `<nav class="account" aria-label="Account"><a href="${esc(`/aanmelden${query ? `?${query}` : ''}`)}">${en ? 'Log in' : 'Aanmelden'}</a></nav>`;
  }
  return `<nav class="account" aria-label="Account"><a href="/mijn-dossiers${en ? '?lang=en' : ''}">${en ? 'My cases' : 'Mijn dossiers'}</a><form method="post" action="/afmelden${en ? '?lang=en' : ''}"><input type="hidden" name="csrf" value="${esc(citizen.csrfToken)}"><button type="submit">${en ? 'Log out' : 'Afmelden'}</button></form></nav>`;
}

/**
 * A public page. `citizen`: the logged-in citizen for the header (undefined: the page does not know, then it offers
 * the login); `script`: the path of the page's own browser script (a file: no inline scripts under the CSP).
 */
export function layout(
  lang: PageLanguage,
  title: string,
  body: string,
  alternate?: string,
  extras: { citizen?: HeaderCitizen | null; script?: string } = {},
): string {
  const { citizen, script } = extras;
  const town = config().MUNICIPALITY_NAME;
  const other = lang === 'nl' ? { code: 'en', label: 'English' } : { code: 'nl', label: 'Nederlands' };
  return `<!doctype html>
<html lang="${lang === 'nl' ? 'nl-BE' : 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} – ${esc(town)}</title>${FAVICON_LINK}<style>${STYLE}</style>${script ? `<script src="${esc(script)}" defer></script>` : ''}</head>
<body><header><nav class="lang">${alternate ? `<a href="${esc(alternate)}" lang="${other.code}">${other.label}</a>` : ''}</nav>${accountNav(lang, citizen, alternate)}<strong>${esc(town)}</strong></header>
<main id="main">${body}</main>
<footer><p>${lang === 'nl' ? 'Eén adres voor al uw vragen, meldingen en klachten.' : 'One address for all your questions, reports and complaints.'}</p>
<p>${lang === 'nl' ? '<a href="/toegankelijkheid">Toegankelijkheidsverklaring</a>' : '<a href="/toegankelijkheid?lang=en">Accessibility statement</a>'}</p></footer>
</body></html>`;
}
