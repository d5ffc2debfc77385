import type { Request, Response } from 'express';
import { esc, layout, pageLanguage, type PageLanguage } from '../pages/html';
import { NUL_MESSAGE, BAD_ESCAPE_MESSAGE } from './hostileInput';
import { MULTIPART_MESSAGE } from './upload';

/** The citizen's pages (server-rendered HTML); everything else (/api, /open311, /display…) answers in JSON. */
const PAGE_PREFIXES = [
  '/contact',
  '/e-loket',
  '/volg',
  '/afspraak',
  '/kiosk',
  '/scherm',
  '/kaart',
  '/toegankelijkheid',
  '/aanmelden',
  '/afmelden',
  '/mijn-dossiers',
];

export function isPagePath(path: string): boolean {
  return PAGE_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

const T = {
  nl: {
    title: (status: number) =>
      status === 404
        ? 'Pagina niet gevonden'
        : status === 413
          ? 'Te groot om te versturen'
          : status === 429
            ? 'Even geduld'
            : 'Dit verzoek kunnen we niet lezen',
    text: (status: number) =>
      status === 404
        ? 'Dit adres bestaat niet (meer). Controleer de link of begin opnieuw.'
        : status === 413
          ? 'Wat u verstuurde is te groot. Maak het kleiner en probeer opnieuw.'
          : status === 429
            ? 'U verstuurde veel verzoeken kort na elkaar. Wacht even en probeer opnieuw.'
            : 'Er zat iets in de link of het formulier dat we niet kunnen verwerken. Ga terug en probeer opnieuw.',
    home: 'Naar het contactformulier',
    details: 'Details',
  },
  en: {
    title: (status: number) =>
      status === 404
        ? 'Page not found'
        : status === 413
          ? 'Too large to send'
          : status === 429
            ? 'Please wait a moment'
            : 'We cannot read this request',
    text: (status: number) =>
      status === 404
        ? 'This address does not exist (any more). Check the link or start again.'
        : status === 413
          ? 'What you sent is too large. Make it smaller and try again.'
          : status === 429
            ? 'You sent many requests in a short time. Wait a moment and try again.'
            : 'Something in the link or the form could not be processed. Go back and try again.',
    home: 'To the contact form',
    details: 'Details',
  },
} as const;

/** Dutch for the technical reasons the shared guards give (the API itself speaks English to developers). */
const DETAILS_NL: Record<string, string> = {
  [NUL_MESSAGE]: 'Het verzoek bevat een NUL-teken (%00), dat geen enkel veld aanvaardt.',
  [`Invalid path. ${NUL_MESSAGE}`]: 'Het adres bevat een NUL-teken (%00).',
  [`Invalid query. ${NUL_MESSAGE}`]: 'Het adres bevat een NUL-teken (%00).',
  [`Invalid request body. ${NUL_MESSAGE}`]: 'Het formulier bevat een NUL-teken (%00).',
  [`Invalid form. ${NUL_MESSAGE}`]: 'Het formulier bevat een NUL-teken (%00).',
  [BAD_ESCAPE_MESSAGE]: 'Het adres bevat een ongeldige %-code.',
  [MULTIPART_MESSAGE]: 'Het formulier kwam onvolledig of beschadigd aan.',
  'The request body is not valid JSON.': 'De inhoud van het verzoek is geen geldige JSON.',
  'The request body is too large.': 'Het verzoek is te groot.',
};

/** One of the shared guards' reasons in the page's language (unknown messages stay as they are). */
export function reasonIn(lang: PageLanguage, message: string): string {
  return lang === 'nl' ? (DETAILS_NL[message] ?? message) : message;
}

/** A client error on a citizen's page, as a page in their language, with the language switch kept. */
export function sendErrorPage(req: Request, res: Response, status: number, detail?: string): void {
  const lang: PageLanguage = pageLanguage(req.query?.lang);
  const t = T[lang];
  const shown = detail ? reasonIn(lang, detail) : '';
  const other = lang === 'nl' ? 'en' : 'nl';
  // the same address in the other language; a path that does not decode is not repeated back
  let alternate = `/contact?lang=${other}`;
  try {
    decodeURIComponent(req.path);
    if (!req.path.includes('%00')) alternate = `${req.path}?lang=${other}`;
  } catch {
    // keep the contact form as the other-language target
  }
  res
    .status(status)
    .type('html')
    .send(
      layout(
        lang,
        t.title(status),
        `<h1>${esc(t.title(status))}</h1><p>${esc(t.text(status))}</p>${shown ? `<p class="hint">${esc(t.details)}: ${esc(shown)}</p>` : ''}<p><a href="/contact${lang === 'en' ? '?lang=en' : ''}">${esc(t.home)}</a></p>`,
        alternate,
      ),
    );
}
