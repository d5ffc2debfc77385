import { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { randomBytes } from 'node:crypto';
import { dateFormat, esc, layout, pageLanguage, type PageLanguage } from '../pages/html';
import { reasonIn } from '../http/errorPage';
import { ticketIdForTrackingToken } from '../tickets/tracking';
import { rateLimit } from '../http/rateLimit';
import { ticketBody, uploadedFiles } from '../http/upload';
import { AppError, NotFoundError, ValidationError } from '../shared/errors';
import { documentForCitizen } from '../eloket/delivery';
import { bookPickup, pickupSlots } from '../eloket/pickup';
import { renderDocument } from './document';
import { config } from '../config';
import { trackingView, type TrackingView } from './view';
import { addInformation, AddInformationBody, setStatusUpdates } from './addInformation';

const T = {
  nl: {
    title: 'Uw dossier',
    ref: 'Referentie',
    status: 'Status',
    dept: 'Behandeld door',
    since: 'Ontvangen op',
    next: 'Wat gebeurt er nu?',
    history: 'Verloop',
    answer: 'Ons antwoord',
    you: 'Uw bericht',
    files: (n: number) => `${n} bijlage${n === 1 ? '' : 'n'}`,
    add: 'Informatie of foto’s toevoegen',
    message: 'Uw bericht',
    photos: 'Foto’s of documenten (optioneel)',
    photosHint: 'JPEG, PNG, HEIC of PDF, elk hoogstens',
    send: 'Toevoegen aan mijn dossier',
    added: 'Bedankt, uw informatie is toegevoegd aan uw dossier.',
    errors: 'Er ging iets mis',
    notFound: 'Dossier niet gevonden',
    notFoundText: 'Deze link is niet geldig. Gebruik de link uit ons meest recente bericht.',
    updatesOn: 'U krijgt een bericht als de status van uw dossier verandert.',
    updatesOff: 'U krijgt geen statusberichten meer. Antwoorden op uw vragen krijgt u wel.',
    stop: 'Geen statusberichten meer',
    restart: 'Toch weer statusberichten ontvangen',
    stopTitle: 'Statusberichten stopzetten',
    stopText:
      'Wilt u geen berichten meer als de status van uw dossiers verandert? Antwoorden op uw vragen blijven we sturen.',
    stopped: 'U bent afgemeld voor statusberichten.',
    back: 'Terug naar uw dossier',
  },
  en: {
    title: 'Your case',
    ref: 'Reference',
    status: 'Status',
    dept: 'Handled by',
    since: 'Received on',
    next: 'What happens next?',
    history: 'History',
    answer: 'Our answer',
    you: 'Your message',
    files: (n: number) => `${n} attachment${n === 1 ? '' : 's'}`,
    add: 'Add information or photos',
    message: 'Your message',
    photos: 'Photos or documents (optional)',
    photosHint: 'JPEG, PNG, HEIC or PDF, each at most',
    send: 'Add to my case',
    added: 'Thank you, your information was added to your case.',
    errors: 'Something went wrong',
    notFound: 'Case not found',
    notFoundText: 'This link is not valid. Use the link from our most recent message.',
    updatesOn: 'You get a message when the status of your case changes.',
    updatesOff: 'You no longer get status updates. You do still get answers to your questions.',
    stop: 'No more status updates',
    restart: 'Receive status updates again',
    stopTitle: 'Stop status updates',
    stopText:
      'Do you no longer want a message when the status of your cases changes? We will still send answers to your questions.',
    stopped: 'You have unsubscribed from status updates.',
    back: 'Back to your case',
  },
} as const;

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** The case as its citizen sees it; without a token (Mijn dossiers) it is shown without the forms that need one. */
export function renderCase(
  lang: PageLanguage,
  token: string | undefined,
  v: TrackingView,
  state: { added?: boolean; errors?: Record<string, string>; message?: string; document?: string },
): string {
  const t = T[lang];
  const date = dateFormat(lang);
  const base = `/volg/${encodeURIComponent(token ?? '')}`;
  const q = lang === 'en' ? '?lang=en' : '';
  const history = v.timeline
    .map((e) => {
      const who = e.kind === 'answer' ? t.answer : e.kind === 'citizen' ? t.you : '';
      const files = e.attachments ? ` <span class="hint">(${t.files(e.attachments)})</span>` : '';
      const body = who ? `<strong>${esc(who)}</strong>${files}${paragraphs(e.text)}` : esc(e.text);
      return `<li><time datetime="${e.at.toISOString()}">${esc(date.format(e.at))}</time><div>${body}</div></li>`;
    })
    .join('\n');
  const errors = state.errors ?? {};
  const summary = Object.keys(errors).length
    ? `<div class="summary" role="alert" tabindex="-1" id="error-summary" autofocus><h2>${t.errors}</h2><ul>${Object.entries(
        errors,
      )
        .map(
          ([field, message]) =>
            `<li><a href="#${field === 'attachments' ? 'attachments' : 'message'}">${esc(message)}</a></li>`,
        )
        .join('')}</ul></div>`
    : '';
  const form =
    v.canAdd && token
      ? `<h2 id="toevoegen">${t.add}</h2>${summary}
<form method="post" action="${base}${q}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="submissionKey" value="${randomBytes(16).toString('hex')}">
<div class="${errors.message ? 'field-error' : ''}"><label for="message">${t.message}</label>
${errors.message ? `<p class="error" id="message-error">${esc(errors.message)}</p>` : ''}
<textarea id="message" name="message" required ${errors.message ? 'aria-invalid="true" aria-describedby="message-error"' : ''}>${esc(state.message ?? '')}</textarea></div>
<div class="${errors.attachments ? 'field-error' : ''}"><label for="attachments">${t.photos} <span class="hint">${t.photosHint} ${config().UPLOAD_MAX_FILE_MB} MB</span></label>
${errors.attachments ? `<p class="error" id="attachments-error">${esc(errors.attachments)}</p>` : ''}
<input type="file" id="attachments" name="attachments" multiple accept="image/*,application/pdf" ${errors.attachments ? 'aria-invalid="true" aria-describedby="attachments-error"' : ''}></div>
<button type="submit">${t.send}</button></form>`
      : '';
  const updates = v.statusUpdates
    ? `<p>${t.updatesOn} <a href="${base}/afmelden${q}">${t.stop}</a></p>`
    : `<form method="post" action="${base}/aanmelden${q}"><p>${t.updatesOff}</p><button type="submit">${t.restart}</button></form>`;
  return `${state.added ? `<div class="ok" role="status">${t.added}</div>` : ''}
<h1>${esc(t.title)}: ${esc(v.subject)}</h1><dl>
<dt>${t.ref}</dt><dd class="ref">${esc(v.reference)}</dd>
<dt>${t.status}</dt><dd>${esc(v.statusLabel)}</dd>
<dt>${t.dept}</dt><dd>${esc(v.department)}</dd>
<dt>${t.since}</dt><dd>${esc(date.format(v.createdAt))}</dd></dl>
<h2>${t.next}</h2><p>${esc(v.next)}</p>
${state.document ?? ''}
<h2>${t.history}</h2><ol class="timeline">${history}</ol>
${form}
${token ? `<h2 class="sr-only">${t.stopTitle}</h2>${updates}` : ''}`;
}

/** A document request's part of the page (nothing for other cases). */
async function documentSection(lang: PageLanguage, token: string, ticketId: string, error?: string) {
  const doc = await documentForCitizen(ticketId);
  if (!doc) return undefined;
  const slots =
    doc.readyForPickup && !doc.pickupAppointment
      ? await pickupSlots().catch((err: unknown) => {
          // a town without the afhalen product offers walk-ins only
          if (err instanceof NotFoundError) return [];
          throw err;
        })
      : [];
  const date = dateFormat(lang);
  return renderDocument(lang, `/volg/${encodeURIComponent(token)}`, doc, slots, (d) => date.format(d), error);
}

/** The not-found page keeps the language switch (to the same address in the other language). */
function notFound(req: Request, res: Response, lang: PageLanguage) {
  const t = T[lang];
  res
    .status(404)
    .type('html')
    .send(
      layout(
        lang,
        t.notFound,
        `<h1>${esc(t.notFound)}</h1><p>${esc(t.notFoundText)}</p>`,
        `${req.path}?lang=${lang === 'nl' ? 'en' : 'nl'}`,
      ),
    );
}

/** Private pages: not indexed, and the token never leaves in a Referer. */
function privateHeaders(res: Response) {
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Robots-Tag', 'noindex');
  res.setHeader('Cache-Control', 'no-store');
}

/** The citizen's view of their case through the link we sent; without a valid token it shows nothing. */
export function trackingPageRouter(): Router {
  const router = Router();
  const reads = rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE);
  const forms = rateLimit('forms', () => config().RATE_LIMIT_FORMS_PER_MINUTE);
  const alternate = (req: Request, lang: PageLanguage) => `${req.path}?lang=${lang === 'nl' ? 'en' : 'nl'}`;

  router.get('/volg/:token', reads, async (req, res) => {
    const lang = pageLanguage(req.query.lang);
    privateHeaders(res);
    const view = await trackingView(String(req.params.token), lang);
    if (!view) return notFound(req, res, lang);
    const document = await documentSection(lang, String(req.params.token), view.ticketId);
    res
      .type('html')
      .send(
        layout(
          lang,
          T[lang].title,
          renderCase(lang, String(req.params.token), view, { added: req.query.toegevoegd === '1', document }),
          alternate(req, lang),
        ),
      );
  });

  // a citizen whose document is ready chooses a time of the "afhalen" product
  router.post('/volg/:token/afhalen', forms, async (req, res) => {
    const lang = pageLanguage(req.query.lang);
    privateHeaders(res);
    const token = String(req.params.token);
    const view = await trackingView(token, lang);
    if (!view) return notFound(req, res, lang);
    const start = new Date(typeof req.body?.start === 'string' ? req.body.start : '');
    try {
      if (Number.isNaN(start.getTime())) throw new ValidationError('Choose a time.');
      await bookPickup(view.ticketId, start);
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500) throw err;
      const message =
        lang === 'en'
          ? 'This time is no longer free or could not be booked: choose another one.'
          : 'Dit moment is niet meer vrij of kon niet geboekt worden: kies een ander moment.';
      const document = await documentSection(lang, token, view.ticketId, message);
      return void res
        .status(err.status)
        .type('html')
        .send(layout(lang, T[lang].title, renderCase(lang, token, view, { document }), alternate(req, lang)));
    }
    res.redirect(303, `/volg/${encodeURIComponent(token)}${lang === 'en' ? '?lang=en' : ''}#document`);
  });

  const upload = ticketBody();
  router.post('/volg/:token', forms, (req: Request, res: Response, next: NextFunction) => {
    upload(req, res, (err?: unknown) => addFromPage(err, req, res).catch(next));
  });

  router.get('/volg/:token/afmelden', reads, async (req, res) => {
    const lang = pageLanguage(req.query.lang);
    privateHeaders(res);
    if (!(await ticketIdForTrackingToken(String(req.params.token)))) return notFound(req, res, lang);
    const t = T[lang];
    // a button, not the link itself: mail scanners that open links must not unsubscribe anyone
    res
      .type('html')
      .send(
        layout(
          lang,
          t.stopTitle,
          `<h1>${t.stopTitle}</h1><p>${t.stopText}</p><form method="post" action="${esc(req.path)}${lang === 'en' ? '?lang=en' : ''}"><button type="submit">${t.stop}</button></form><p><a href="/volg/${esc(encodeURIComponent(String(req.params.token)))}">${t.back}</a></p>`,
          alternate(req, lang),
        ),
      );
  });

  for (const [path, wanted] of [
    ['afmelden', false],
    ['aanmelden', true],
  ] as const) {
    router.post(`/volg/:token/${path}`, forms, async (req, res) => {
      const lang = pageLanguage(req.query.lang);
      privateHeaders(res);
      const ticketId = await ticketIdForTrackingToken(String(req.params.token));
      if (!ticketId) return notFound(req, res, lang);
      await setStatusUpdates(ticketId, wanted);
      if (wanted)
        return res.redirect(
          303,
          `/volg/${encodeURIComponent(String(req.params.token))}${lang === 'en' ? '?lang=en' : ''}`,
        );
      const t = T[lang];
      res
        .type('html')
        .send(
          layout(
            lang,
            t.stopTitle,
            `<h1>${t.stopped}</h1><p>${t.updatesOff}</p><p><a href="/volg/${esc(encodeURIComponent(String(req.params.token)))}">${t.back}</a></p>`,
          ),
        );
    });
  }
  return router;
}

async function addFromPage(uploadError: unknown, req: Request, res: Response): Promise<void> {
  const lang = pageLanguage(req.query.lang);
  privateHeaders(res);
  const token = String(req.params.token);
  const ticketId = await ticketIdForTrackingToken(token);
  if (!ticketId) return notFound(req, res, lang);
  const message = typeof req.body?.message === 'string' ? req.body.message : '';
  const fail = async (status: number, errors: Record<string, string>) => {
    const view = (await trackingView(token, lang))!;
    res
      .status(status)
      .type('html')
      .send(
        layout(
          lang,
          T[lang].title,
          renderCase(lang, token, view, { errors, message }),
          `${req.path}?lang=${lang === 'nl' ? 'en' : 'nl'}`,
        ),
      );
  };
  if (uploadError instanceof multer.MulterError) {
    return fail(uploadError.code === 'LIMIT_FILE_SIZE' ? 413 : 400, {
      attachments:
        uploadError.code === 'LIMIT_FILE_SIZE'
          ? `${lang === 'en' ? 'A file is larger than' : 'Een bestand is groter dan'} ${config().UPLOAD_MAX_FILE_MB} MB.`
          : `${lang === 'en' ? 'At most' : 'Hoogstens'} ${config().UPLOAD_MAX_FILES} ${lang === 'en' ? 'files' : 'bestanden'}.`,
    });
  }
  if (uploadError instanceof AppError)
    return fail(uploadError.status, { attachments: reasonIn(lang, uploadError.message) });
  if (uploadError) throw uploadError;
  const parsed = AddInformationBody.safeParse(req.body ?? {});
  if (!parsed.success) {
    const nl: Record<string, string> = {
      message: 'Schrijf uw bericht (minstens 2 tekens, hoogstens 5.000).',
      submissionKey: 'Laad de pagina opnieuw en verstuur nog eens.',
    };
    return fail(
      400,
      Object.fromEntries(
        parsed.error.issues.map((i) => [
          String(i.path[0]),
          lang === 'en' ? i.message : (nl[String(i.path[0])] ?? i.message),
        ]),
      ),
    );
  }
  try {
    await addInformation(ticketId, parsed.data.message, uploadedFiles(req.files), parsed.data.submissionKey);
  } catch (err) {
    if (err instanceof AppError && err.status < 500) {
      // a refused file is named per upload (attachments.0); the page has one file field
      const errors = Object.fromEntries(
        Object.entries(err.errors ?? { message: err.message }).map(([k, v]) => [
          k.startsWith('attachments') ? 'attachments' : 'message',
          v,
        ]),
      );
      return fail(err.status, errors);
    }
    throw err;
  }
  // post, redirect, get: reloading the confirmation does not send it again
  res.redirect(303, `/volg/${encodeURIComponent(token)}?${lang === 'en' ? 'lang=en&' : ''}toegevoegd=1#main`);
}
