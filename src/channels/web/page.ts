import { Router, type Request, type Response, type NextFunction } from 'express';
import { esc, layout, pageLanguage, type PageLanguage } from '../../pages/html';
import { randomToken } from '../../shared/tokens';
import { ticketBody, uploadedFiles } from '../../http/upload';
import { fieldErrors } from '../../http/validation';
import { AppError } from '../../shared/errors';
import { config } from '../../config';
import { PublicTicketBody } from './schema';
import { AUTOMATED, submitWebForm } from './submit';
import { rateLimit } from '../../http/rateLimit';
import { localize } from '../../pages/messagesNl';
import { publicCategories } from '../../categories/service';
import multer from 'multer';
import { currentCitizen } from '../../citizens/current';
import type { Citizen } from '../../citizens/sessions';

const T = {
  nl: {
    title: 'Contact',
    intro:
      'Stel uw vraag, meld een probleem of geef een suggestie. U krijgt meteen een referentie en een link om uw dossier op te volgen.',
    name: 'Naam (optioneel)',
    email: 'E-mailadres',
    phone: 'Telefoonnummer',
    contactHint: 'Vul een e-mailadres of een telefoonnummer in (of beide).',
    subject: 'Onderwerp',
    message: 'Uw bericht',
    category: 'Waarover gaat het? (optioneel)',
    none: '— Weet ik niet —',
    address: 'Adres of plaats (optioneel)',
    files: 'Foto’s of pdf’s (optioneel)',
    filesHint: (n: number, mb: number) => `Maximaal ${n} bestanden van elk hoogstens ${mb} MB.`,
    language: 'Taal voor ons antwoord',
    send: 'Versturen',
    errors: 'Er ging iets mis. Controleer de volgende velden:',
    thanks: 'Bedankt, we hebben uw bericht ontvangen',
    yourRef: 'Uw referentie',
    follow: 'Volg uw dossier',
    again: 'Nog iets melden',
    mailSent: 'U ontvangt ook een bevestiging per e-mail.',
    duplicate: 'Dit bericht was al ontvangen; hier is uw referentie opnieuw.',
  },
  en: {
    title: 'Contact',
    intro:
      'Ask a question, report a problem or make a suggestion. You get a reference at once and a link to follow your case.',
    name: 'Name (optional)',
    email: 'Email address',
    phone: 'Phone number',
    contactHint: 'Give an email address or a phone number (or both).',
    subject: 'Subject',
    message: 'Your message',
    category: 'What is it about? (optional)',
    none: '— I don’t know —',
    address: 'Address or place (optional)',
    files: 'Photos or PDFs (optional)',
    filesHint: (n: number, mb: number) => `At most ${n} files of at most ${mb} MB each.`,
    language: 'Language for our answer',
    send: 'Send',
    errors: 'Something went wrong. Please check these fields:',
    thanks: 'Thank you, we received your message',
    yourRef: 'Your reference',
    follow: 'Follow your case',
    again: 'Report something else',
    mailSent: 'You will also receive a confirmation by email.',
    duplicate: 'This message had already been received; here is your reference again.',
  },
};

type Values = Record<string, string | undefined>;

const FIELD_ORDER = ['_', 'name', 'email', 'phone', 'category', 'subject', 'message', 'address', 'attachments'];

async function renderForm(
  lang: PageLanguage,
  values: Values,
  errors: Record<string, string>,
  citizen?: Citizen,
): Promise<string> {
  const t = T[lang];
  const categories = await publicCategories();
  const c = config();
  const field = (name: string, label: string, input: string, hint?: string) => {
    const err = errors[name];
    const describedBy = [hint ? `${name}-hint` : '', err ? `${name}-error` : ''].filter(Boolean).join(' ');
    return `<div class="${err ? 'field-error' : ''}"><label for="${name}">${esc(label)}${hint ? ` <span class="hint" id="${name}-hint">${esc(hint)}</span>` : ''}</label>
${err ? `<p class="error" id="${name}-error">${esc(err)}</p>` : ''}${input.replace('<INPUT_ATTRS>', `id="${name}" name="${name}"${describedBy ? ` aria-describedby="${describedBy}"` : ''}${err ? ' aria-invalid="true"' : ''}`)}</div>`;
  };
  const v = (k: string) => esc(values[k] ?? '');
  const summary = Object.keys(errors).length
    ? `<div class="summary" role="alert" tabindex="-1" id="error-summary" autofocus><p>${esc(t.errors)}</p><ul>${Object.entries(
        errors,
      )
        // in the order the fields stand on the page, whichever check found the problem
        .sort(([a], [b]) => FIELD_ORDER.indexOf(a.split('.')[0]) - FIELD_ORDER.indexOf(b.split('.')[0]))
        .map(([k, m]) => `<li><a href="#${esc(k.split('.')[0])}">${esc(m)}</a></li>`)
        .join('')}</ul></div>`
    : '';
  return layout(
    lang,
    t.title,
    `<h1>${esc(t.title)}</h1>${summary}<p>${esc(t.intro)}</p>
<form method="post" action="/contact?lang=${lang}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="submissionKey" value="${esc(values.submissionKey ?? randomToken())}">
<input type="hidden" name="language" value="${lang}">
<input type="hidden" name="formIssuedAt" value="${esc(values.formIssuedAt ?? String(Date.now()))}">
<div class="sr-only" aria-hidden="true"><label for="website">Website</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
${field('name', t.name, `<input <INPUT_ATTRS> autocomplete="name" value="${v('name')}">`)}
<p class="hint">${esc(t.contactHint)}</p>
${field('email', t.email, `<input <INPUT_ATTRS> type="email" autocomplete="email" value="${v('email')}">`)}
${field('phone', t.phone, `<input <INPUT_ATTRS> type="tel" autocomplete="tel" value="${v('phone')}">`)}
${field(
  'category',
  t.category,
  `<select <INPUT_ATTRS>><option value="">${esc(t.none)}</option>${categories
    .map(
      (cat) =>
        `<option value="${esc(cat.code)}"${values.category === cat.code ? ' selected' : ''}>${esc(lang === 'en' ? cat.nameEn : cat.nameNl)}</option>`,
    )
    .join('')}</select>`,
)}
${field('subject', t.subject, `<input <INPUT_ATTRS> required maxlength="200" value="${v('subject')}">`)}
${field('message', t.message, `<textarea <INPUT_ATTRS> required maxlength="10000">${v('message')}</textarea>`)}
${field('address', t.address, `<input <INPUT_ATTRS> autocomplete="street-address" maxlength="300" value="${v('address')}">`)}
${field('attachments', t.files, `<input <INPUT_ATTRS> type="file" multiple accept="image/*,application/pdf">`, t.filesHint(c.UPLOAD_MAX_FILES, c.UPLOAD_MAX_FILE_MB))}
<button type="submit">${esc(t.send)}</button>
</form>`,
    `/contact?lang=${lang === 'nl' ? 'en' : 'nl'}`,
    { citizen: citizen ?? null },
  );
}

function renderThanks(
  lang: PageLanguage,
  r: { reference: string; trackingUrl: string; created: boolean },
  mailed: boolean,
): string {
  const t = T[lang];
  return layout(
    lang,
    t.thanks,
    `<div class="ok" role="status"><h1>${esc(t.thanks)}</h1>${r.created ? '' : `<p>${esc(t.duplicate)}</p>`}
<p>${esc(t.yourRef)}: <span class="ref">${esc(r.reference)}</span></p>${mailed ? `<p>${esc(t.mailSent)}</p>` : ''}
<p><a href="${esc(r.trackingUrl)}">${esc(t.follow)}</a></p></div><p><a href="/contact?lang=${lang}">${esc(t.again)}</a></p>`,
  );
}

function localizeAll(errors: Record<string, string>, lang: PageLanguage): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, m]) => [k.split('.')[0], localize(m, lang)]));
}

/** The plain HTML contact form: works without JavaScript, posts to itself, shows errors next to each field. */
export function contactPageRouter(): Router {
  const router = Router();
  router.get('/contact', async (req, res) => {
    const citizen = await currentCitizen(req);
    // a logged-in citizen finds their name and addresses filled in from their login (they may change them)
    const known: Values = citizen ? { name: citizen.name, email: citizen.email, phone: citizen.phone } : {};
    if (citizen) res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(await renderForm(pageLanguage(req.query.lang), known, {}, citizen));
  });
  const upload = ticketBody();
  router.post(
    '/contact',
    rateLimit('forms', () => config().RATE_LIMIT_FORMS_PER_MINUTE),
    (req: Request, res: Response, next: NextFunction) => {
      upload(req, res, (err?: unknown) => handlePost(err, req, res).catch(next));
    },
  );
  return router;
}

async function handlePost(uploadError: unknown, req: Request, res: Response): Promise<void> {
  const lang = pageLanguage(req.query.lang ?? req.body?.language);
  const values: Values = Object.fromEntries(
    Object.entries(req.body ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]),
  );
  const citizen = await currentCitizen(req);
  const fail = async (status: number, errors: Record<string, string>) =>
    void res
      .status(status)
      .type('html')
      .send(await renderForm(lang, values, localizeAll(errors, lang), citizen));
  if (uploadError instanceof multer.MulterError) {
    const message =
      uploadError.code === 'LIMIT_FILE_SIZE'
        ? `A file is larger than ${config().UPLOAD_MAX_FILE_MB} MB.`
        : `At most ${config().UPLOAD_MAX_FILES} files may be attached`;
    return fail(uploadError.code === 'LIMIT_FILE_SIZE' ? 413 : 400, { attachments: message });
  }
  if (uploadError instanceof AppError)
    return fail(uploadError.status, uploadError.errors ?? { attachments: uploadError.message });
  if (uploadError) throw uploadError;
  const parsed = PublicTicketBody.safeParse(req.body ?? {});
  if (!parsed.success) return fail(400, fieldErrors(parsed.error));
  // people need a few seconds to fill in a form; a bot posting at once is told to try again
  const issuedAt = Number(values.formIssuedAt ?? Date.now());
  if (!Number.isFinite(issuedAt) || Date.now() - issuedAt < config().FORM_MIN_FILL_SECONDS * 1000) {
    return fail(400, {
      _:
        lang === 'en'
          ? AUTOMATED
          : 'Dit formulier werd erg snel verstuurd en lijkt automatisch ingevuld. Bent u een persoon? Verstuur het dan opnieuw.',
    });
  }
  try {
    const result = await submitWebForm(parsed.data, uploadedFiles(req.files), undefined, citizen?.subject);
    res
      .status(result.created ? 201 : 200)
      .type('html')
      .send(renderThanks(lang, result, Boolean(parsed.data.email)));
  } catch (err) {
    if (err instanceof AppError && err.status < 500) return fail(err.status, err.errors ?? { _: err.message });
    throw err;
  }
}
