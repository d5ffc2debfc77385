import { Router, type Request, type Response } from 'express';
import { config } from '../config';
import { dateFormat, esc, layout, pageLanguage, type PageLanguage } from '../pages/html';
import { rateLimit } from '../http/rateLimit';
import { renderCase } from '../tracking/page';
import { AppError } from '../shared/errors';
import { safeEqual } from '../shared/tokens';
import { finishLogin, providerLogoutUrl, startLogin, AFTER_LOGOUT_PATH } from './oidc';
import { openPendingLogin, PENDING_MAX_AGE_MS, sealPendingLogin } from './pendingLogin';
import { endCitizenSession, startCitizenSession, type Citizen } from './sessions';
import { citizenCases, citizenCase } from './cases';
import { safeReturnPath } from './returnPath';
import { CITIZEN_COOKIE, citizenCookieOptions, currentCitizen, forgetCitizenCookie, PENDING_COOKIE } from './current';

const T = {
  nl: {
    title: 'Mijn dossiers',
    hello: (name?: string) => (name ? `U bent aangemeld als ${name}.` : 'U bent aangemeld.'),
    cases: 'Uw vragen en meldingen',
    noCases: 'U hebt nog geen vragen of meldingen bij ons.',
    appointments: 'Uw afspraken',
    noAppointments: 'U hebt geen afspraken.',
    ref: 'Referentie',
    subject: 'Onderwerp',
    status: 'Status',
    since: 'Ontvangen op',
    when: 'Wanneer',
    what: 'Waarvoor',
    where: 'Waar',
    code: 'Code',
    manage: (code: string) => `Afspraak ${code} verplaatsen of annuleren`,
    apptStatus: {
      booked: 'Gepland',
      checked_in: 'Aangemeld aan de kiosk',
      completed: 'Afgehandeld',
      no_show: 'Niet gekomen',
      cancelled: 'Geannuleerd',
    },
    newCase: 'Een nieuwe vraag stellen',
    newDocument: 'Een document aanvragen',
    newAppointment: 'Een afspraak maken',
    back: 'Terug naar Mijn dossiers',
    notFound: 'Dossier niet gevonden',
    notFoundText: 'Dit dossier hoort niet bij uw aanmelding, of bestaat niet (meer).',
    off: 'Aanmelden is hier niet mogelijk',
    offText:
      'Deze gemeente biedt (nog) geen aanmelding aan. U kunt uw vraag wel gewoon stellen; u krijgt een link om uw dossier op te volgen.',
    toContact: 'Naar het contactformulier',
    failed: 'Aanmelden is niet gelukt',
    failedText:
      'Uw aanmelding kon niet worden afgerond: ze was niet geldig, verlopen, of werd al gebruikt. Probeer opnieuw aan te melden.',
    again: 'Opnieuw aanmelden',
    away: 'Aanmelden lukt even niet',
    awayText: 'De aanmeldingsdienst is op dit moment niet bereikbaar. Probeer het over enkele minuten opnieuw.',
    loggedOut: 'U bent afgemeld',
    loggedOutText: 'U bent afgemeld bij de gemeente. Sluit uw browser als u een gedeelde computer gebruikt.',
    atProvider: 'We melden u nu ook af bij de aanmeldingsdienst.',
    continue: 'Verder naar de aanmeldingsdienst',
    forbidden: 'Afmelden is niet gelukt',
    forbiddenText: 'Dit afmeldverzoek kwam niet van onze pagina. Gebruik de knop Afmelden bovenaan de pagina.',
  },
  en: {
    title: 'My cases',
    hello: (name?: string) => (name ? `You are logged in as ${name}.` : 'You are logged in.'),
    cases: 'Your questions and reports',
    noCases: 'You have no questions or reports with us yet.',
    appointments: 'Your appointments',
    noAppointments: 'You have no appointments.',
    ref: 'Reference',
    subject: 'Subject',
    status: 'Status',
    since: 'Received on',
    when: 'When',
    what: 'What for',
    where: 'Where',
    code: 'Code',
    manage: (code: string) => `Move or cancel appointment ${code}`,
    apptStatus: {
      booked: 'Booked',
      checked_in: 'Checked in at the kiosk',
      completed: 'Done',
      no_show: 'Did not come',
      cancelled: 'Cancelled',
    },
    newCase: 'Ask a new question',
    newDocument: 'Request a document',
    newAppointment: 'Make an appointment',
    back: 'Back to My cases',
    notFound: 'Case not found',
    notFoundText: 'This case does not belong to your login, or does not exist (any more).',
    off: 'Logging in is not possible here',
    offText:
      'This municipality does not offer logging in (yet). You can still ask your question; you get a link to follow your case.',
    toContact: 'To the contact form',
    failed: 'Logging in did not work',
    failedText:
      'Your login could not be completed: it was not valid, had expired or was used before. Please log in again.',
    again: 'Log in again',
    away: 'Logging in is not possible right now',
    awayText: 'The login service cannot be reached at the moment. Please try again in a few minutes.',
    loggedOut: 'You are logged out',
    loggedOutText: 'You are logged out from the municipality. Close your browser if you use a shared computer.',
    atProvider: 'We are now logging you out at the login service too.',
    continue: 'On to the login service',
    forbidden: 'Logging out did not work',
    forbiddenText: 'This logout request did not come from our page. Use the Log out button at the top of the page.',
  },
} as const;

const q = (lang: PageLanguage) => (lang === 'en' ? '?lang=en' : '');
const other = (req: Request, lang: PageLanguage) => `${req.path}?lang=${lang === 'nl' ? 'en' : 'nl'}`;

/** Private pages: not indexed, not cached, no Referer to another site. */
function privateHeaders(res: Response) {
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Robots-Tag', 'noindex');
  res.setHeader('Cache-Control', 'no-store');
}

function message(
  res: Response,
  req: Request,
  lang: PageLanguage,
  status: number,
  title: string,
  text: string,
  link?: { href: string; label: string },
) {
  res
    .status(status)
    .type('html')
    .send(
      layout(
        lang,
        title,
        `<h1>${esc(title)}</h1><p>${esc(text)}</p>${link ? `<p><a href="${esc(link.href)}">${esc(link.label)}</a></p>` : ''}`,
        other(req, lang),
      ),
    );
}

/** Without OIDC_ISSUER: a friendly 404, and nothing about logging in anywhere else. */
function loginOff(req: Request, res: Response, lang: PageLanguage) {
  const t = T[lang];
  message(res, req, lang, 404, t.off, t.offText, { href: `/contact${q(lang)}`, label: t.toContact });
}

function renderCases(lang: PageLanguage, c: Citizen, cases: Awaited<ReturnType<typeof citizenCases>>): string {
  const t = T[lang];
  const date = dateFormat(lang);
  const tickets = cases.tickets.length
    ? `<table><caption class="sr-only">${t.cases}</caption><thead><tr><th scope="col">${t.ref}</th><th scope="col">${t.subject}</th><th scope="col">${t.status}</th><th scope="col">${t.since}</th></tr></thead><tbody>${cases.tickets
        .map(
          (k) =>
            `<tr><td><a href="/mijn-dossiers/${esc(encodeURIComponent(k.reference))}${q(lang)}">${esc(k.reference)}</a></td><td>${k.document ? `<strong>${esc(k.document)}</strong><br>` : ''}${esc(k.subject)}</td><td>${esc(k.statusLabel)}</td><td>${esc(date.format(k.createdAt))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>${t.noCases}</p>`;
  const appointments = cases.appointments.length
    ? `<ul class="appointments">${cases.appointments
        .map(
          (a) =>
            `<li><strong>${esc(a.service)}</strong><br>${esc(date.format(a.startsAt))}, ${esc(a.location)}<br>${t.code}: <span class="code">${esc(a.code)}</span> · ${esc(t.apptStatus[a.status])}${
              a.managePath ? `<br><a href="${esc(a.managePath)}${q(lang)}">${esc(t.manage(a.code))}</a>` : ''
            }</li>`,
        )
        .join('')}</ul>`
    : `<p>${t.noAppointments}</p>`;
  return `<style>table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #767676;vertical-align:top}
ul.appointments{padding:0;list-style:none}ul.appointments li{background:#fff;padding:.75rem;margin-bottom:.5rem;border-left:4px solid #00445e}</style>
<h1>${t.title}</h1><p>${esc(t.hello(c.name))}</p>
<h2>${t.cases}</h2>${tickets}
<h2>${t.appointments}</h2>${appointments}
<p><a href="/contact${q(lang)}">${t.newCase}</a> · <a href="/e-loket${q(lang)}">${t.newDocument}</a> · <a href="/afspraak${q(lang)}">${t.newAppointment}</a></p>`;
}

/** Logging in and out (OpenID Connect) and the citizen's own pages; all of it answers 404 when login is not set up. */
export function citizenPagesRouter(): Router {
  const router = Router();
  const reads = rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE);
  const logins = rateLimit('forms', () => config().RATE_LIMIT_FORMS_PER_MINUTE);

  router.get('/aanmelden', logins, async (req, res) => {
    const lang = pageLanguage(req.query.lang);
    privateHeaders(res);
    if (!config().citizenLogin) return loginOff(req, res, lang);
    const back = safeReturnPath(req.query.terug, lang);
    if (await currentCitizen(req)) return res.redirect(303, back);
    try {
      const { url, pending } = await startLogin(back);
      res.cookie(PENDING_COOKIE, sealPendingLogin(pending), citizenCookieOptions(PENDING_MAX_AGE_MS, '/aanmelden'));
      res.redirect(303, url.href);
    } catch (err) {
      if (err instanceof AppError && err.status === 503)
        return message(res, req, lang, 503, T[lang].away, T[lang].awayText);
      throw err;
    }
  });

  router.get('/aanmelden/terug', logins, async (req, res) => {
    privateHeaders(res);
    const pending = openPendingLogin(req.cookies?.[PENDING_COOKIE]);
    const lang = pageLanguage(pending ? new URL(pending.back, 'http://x').searchParams.get('lang') : req.query.lang);
    if (!config().citizenLogin) return loginOff(req, res, lang);
    // one login, one answer: the login in progress is gone whatever happens next
    res.clearCookie(PENDING_COOKIE, citizenCookieOptions(undefined, '/aanmelden'));
    const t = T[lang];
    const again = { href: `/aanmelden${q(lang)}`, label: t.again };
    if (!pending) return message(res, req, lang, 400, t.failed, t.failedText, again);
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    try {
      const claims = await finishLogin(query, pending);
      // a login replaces the one this browser had (never two sessions behind one cookie jar)
      const previous = req.cookies?.[CITIZEN_COOKIE];
      if (typeof previous === 'string') await endCitizenSession(previous);
      const token = await startCitizenSession(claims);
      // a browser-session cookie: closing the browser of a shared computer ends the login there too
      res.cookie(CITIZEN_COOKIE, token, citizenCookieOptions());
      res.redirect(303, pending.back);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.status === 503) return message(res, req, lang, 503, t.away, t.awayText, again);
      message(res, req, lang, 400, t.failed, t.failedText, again);
    }
  });

  router.post('/afmelden', logins, async (req, res) => {
    const lang = pageLanguage(req.query.lang);
    privateHeaders(res);
    if (!config().citizenLogin) return loginOff(req, res, lang);
    const citizen = await currentCitizen(req);
    if (citizen) {
      // the token from the page's own form: another site can make the browser post here, but cannot read it
      const sent = typeof req.body?.csrf === 'string' ? req.body.csrf : '';
      if (!safeEqual(sent, citizen.csrfToken))
        return message(res, req, lang, 403, T[lang].forbidden, T[lang].forbiddenText, {
          href: `/mijn-dossiers${q(lang)}`,
          label: T[lang].back,
        });
      await endCitizenSession(String(req.cookies[CITIZEN_COOKIE]));
    }
    forgetCitizenCookie(res);
    // to the provider's logout by way of a page here: the CSP's form-action keeps a form's redirects on this site
    res.redirect(303, `${citizen ? '/afmelden/verder' : AFTER_LOGOUT_PATH}${q(lang)}`);
  });

  router.get('/afmelden/verder', reads, async (req, res) => {
    const lang = pageLanguage(req.query.lang);
    privateHeaders(res);
    if (!config().citizenLogin) return loginOff(req, res, lang);
    const atProvider = await providerLogoutUrl();
    if (!atProvider) return res.redirect(303, `${AFTER_LOGOUT_PATH}${q(lang)}`);
    const t = T[lang];
    // RP-initiated logout: the provider ends its own session too (a shared computer must not stay logged in there)
    res
      .type('html')
      .send(
        layout(
          lang,
          t.loggedOut,
          `<meta http-equiv="refresh" content="0;url=${esc(atProvider.href)}"><h1>${t.loggedOut}</h1><p>${t.atProvider}</p><p><a href="${esc(atProvider.href)}">${t.continue}</a></p>`,
        ),
      );
  });

  router.get(AFTER_LOGOUT_PATH, reads, (req, res) => {
    const lang = pageLanguage(req.query.lang);
    if (!config().citizenLogin) return loginOff(req, res, lang);
    const t = T[lang];
    message(res, req, lang, 200, t.loggedOut, t.loggedOutText, { href: `/contact${q(lang)}`, label: t.toContact });
  });

  router.get('/mijn-dossiers', reads, async (req, res) => {
    const lang = pageLanguage(req.query.lang);
    privateHeaders(res);
    if (!config().citizenLogin) return loginOff(req, res, lang);
    const citizen = await currentCitizen(req);
    if (!citizen)
      return res.redirect(
        303,
        `/aanmelden?terug=${encodeURIComponent(`/mijn-dossiers${q(lang)}`)}${lang === 'en' ? '&lang=en' : ''}`,
      );
    const cases = await citizenCases(citizen, lang);
    res
      .type('html')
      .send(layout(lang, T[lang].title, renderCases(lang, citizen, cases), other(req, lang), { citizen }));
  });

  router.get('/mijn-dossiers/:reference', reads, async (req, res) => {
    const lang = pageLanguage(req.query.lang);
    privateHeaders(res);
    if (!config().citizenLogin) return loginOff(req, res, lang);
    const citizen = await currentCitizen(req);
    const here = `${req.path}${q(lang)}`;
    if (!citizen)
      return res.redirect(303, `/aanmelden?terug=${encodeURIComponent(here)}${lang === 'en' ? '&lang=en' : ''}`);
    const view = await citizenCase(citizen, String(req.params.reference), lang);
    const t = T[lang];
    if (!view)
      return res
        .status(404)
        .type('html')
        .send(
          layout(
            lang,
            t.notFound,
            `<h1>${t.notFound}</h1><p>${t.notFoundText}</p><p><a href="/mijn-dossiers${q(lang)}">${t.back}</a></p>`,
            other(req, lang),
            { citizen },
          ),
        );
    res
      .type('html')
      .send(
        layout(
          lang,
          view.reference,
          `${renderCase(lang, undefined, view, {})}<p><a href="/mijn-dossiers${q(lang)}">${t.back}</a></p>`,
          other(req, lang),
          { citizen },
        ),
      );
  });
  return router;
}
