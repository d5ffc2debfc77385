import express, { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import path from 'node:path';
import { sendStream } from '../http/sendStream';
import { citizenSubjectOf } from '../citizens/current';
import { esc, layout, pageLanguage, type PageLanguage } from '../pages/html';
import { localize } from '../pages/messagesNl';
import { randomToken } from '../shared/tokens';
import { ticketBody, uploadedFiles } from '../http/upload';
import { fieldErrors } from '../http/validation';
import { rateLimit } from '../http/rateLimit';
import { AppError } from '../shared/errors';
import { config } from '../config';
import { projectRoot } from '../shared/paths';
import type { DocumentType } from '../generated/prisma/client';
import { activeTypeForPage, activeTypes, fieldsOf } from './catalogue';
import { checkAnswers } from './fields';
import { DocumentRequestBody } from './schema';
import { submitDocumentRequest } from './request';
import { documentForDownload } from './delivery';

export const ELOKET_PUBLIC_DIR = path.join(projectRoot(), 'src', 'eloket', 'public');

const T = {
  nl: {
    title: 'E-loket: documenten aanvragen',
    intro:
      'Vraag een attest of uittreksel online aan. U krijgt meteen een referentie en een link om uw aanvraag op te volgen.',
    choose: 'Kies een document',
    request: 'Aanvragen',
    fee: 'Kostprijs',
    proof: 'Bewijs',
    proofOptional: '(optioneel)',
    proofHint: 'Een pdf of foto (JPEG, PNG, HEIC), hoogstens',
    delivery: 'Hoe wilt u het document ontvangen?',
    deliveries: { email: 'Per e-mail (pdf om te downloaden)', post: 'Per post', pickup: 'Afhalen aan het loket' },
    postalAddress: 'Adres voor de post',
    yourDetails: 'Uw gegevens',
    name: 'Naam',
    email: 'E-mailadres',
    phone: 'Telefoonnummer (optioneel)',
    onlyWhen: (label: string, value: string) => `Alleen als "${label}" is: ${value}.`,
    send: 'Aanvraag versturen',
    errors: 'Er ging iets mis. Controleer de volgende velden:',
    thanks: 'Bedankt, we hebben uw aanvraag ontvangen',
    yourRef: 'Uw referentie',
    follow: 'Volg uw aanvraag',
    mailSent: 'U ontvangt ook een bevestiging per e-mail.',
    back: 'Alle documenten',
    none: 'Er zijn op dit moment geen documenten online aan te vragen.',
    gone: 'Deze downloadlink is verlopen',
    goneText:
      'Om uw gegevens te beschermen werkt een downloadlink maar een beperkte tijd. Vraag een nieuwe link via uw dossier of bel ons.',
    notFound: 'Geen document voor deze link',
    notFoundText: 'Deze link is niet geldig. Gebruik de link op de pagina van uw dossier.',
    choose2: '— Kies —',
  },
  en: {
    title: 'E-loket: request documents',
    intro: 'Request a certificate or extract online. You get a reference at once and a link to follow your request.',
    choose: 'Choose a document',
    request: 'Request',
    fee: 'Fee',
    proof: 'Proof',
    proofOptional: '(optional)',
    proofHint: 'A PDF or photo (JPEG, PNG, HEIC), at most',
    delivery: 'How do you want to receive the document?',
    deliveries: { email: 'By email (a PDF to download)', post: 'By post', pickup: 'Pick up at the counter' },
    postalAddress: 'Address for the post',
    yourDetails: 'Your details',
    name: 'Name',
    email: 'Email address',
    phone: 'Phone number (optional)',
    onlyWhen: (label: string, value: string) => `Only if "${label}" is: ${value}.`,
    send: 'Send request',
    errors: 'Something went wrong. Please check these fields:',
    thanks: 'Thank you, we received your request',
    yourRef: 'Your reference',
    follow: 'Follow your request',
    mailSent: 'You will also receive a confirmation by email.',
    back: 'All documents',
    none: 'No documents can be requested online at the moment.',
    gone: 'This download link has expired',
    goneText:
      'To protect your data a download link only works for a limited time. Ask for a new link through your case or call us.',
    notFound: 'No document for this link',
    notFoundText: 'This link is not valid. Use the link on the page of your case.',
    choose2: '— Choose —',
  },
} as const;

type Values = Record<string, string | undefined>;

const other = (lang: PageLanguage) => (lang === 'nl' ? 'en' : 'nl');
const SCRIPT = '/e-loket/assets/eloket.js';

async function renderIndex(lang: PageLanguage): Promise<string> {
  const t = T[lang];
  const types = await activeTypes();
  const items = types
    .map(
      (d) =>
        `<li><a href="/e-loket/${esc(d.code)}${lang === 'en' ? '?lang=en' : ''}">${esc(lang === 'en' ? d.nameEn : d.nameNl)}</a>${
          (lang === 'en' ? d.descriptionEn : d.descriptionNl)
            ? `<br><span class="hint">${esc(lang === 'en' ? d.descriptionEn : d.descriptionNl)}</span>`
            : ''
        }</li>`,
    )
    .join('');
  return layout(
    lang,
    t.title,
    `<h1>${esc(t.title)}</h1><p>${esc(t.intro)}</p><h2>${esc(t.choose)}</h2>${items ? `<ul class="documents">${items}</ul>` : `<p>${esc(t.none)}</p>`}`,
    `/e-loket?lang=${other(lang)}`,
  );
}

/** Field ids: answers.purpose → answers-purpose (an id without a dot, so the summary's links work). */
const idOf = (key: string) => key.replace(/\./g, '-');

function renderForm(lang: PageLanguage, type: DocumentType, values: Values, errors: Record<string, string>): string {
  const t = T[lang];
  const en = lang === 'en';
  const fields = fieldsOf(type);
  const field = (name: string, label: string, input: string, hint?: string, extraAttrs = '') => {
    const id = idOf(name);
    const err = errors[name];
    const describedBy = [hint ? `${id}-hint` : '', err ? `${id}-error` : ''].filter(Boolean).join(' ');
    return `<div class="${err ? 'field-error' : ''}" ${extraAttrs}><label for="${id}">${esc(label)}${hint ? ` <span class="hint" id="${id}-hint">${esc(hint)}</span>` : ''}</label>
${err ? `<p class="error" id="${id}-error">${esc(err)}</p>` : ''}${input.replace('<ATTRS>', `id="${id}" name="${esc(name.replace(/^answers\.(.*)$/, 'answers[$1]'))}"${describedBy ? ` aria-describedby="${describedBy}"` : ''}${err ? ' aria-invalid="true"' : ''}`)}</div>`;
  };
  const v = (k: string) => esc(values[k] ?? '');
  const questions = fields
    .map((f) => {
      const name = `answers.${f.key}`;
      const label = `${en ? f.labelEn : f.labelNl}${f.required ? '' : en ? ' (optional)' : ' (optioneel)'}`;
      const cond = f.when ? fields.find((o) => o.key === f.when!.field) : undefined;
      const condValue = cond?.options?.find((o) => o.value === f.when!.equals);
      const hint = cond
        ? t.onlyWhen(
            en ? cond.labelEn : cond.labelNl,
            condValue ? (en ? condValue.labelEn : condValue.labelNl) : f.when!.equals,
          )
        : f.type === 'nationalRegister'
          ? en
            ? '11 digits, e.g. 85.07.30-033.28'
            : '11 cijfers, bv. 85.07.30-033.28'
          : f.type === 'date'
            ? en
              ? 'e.g. 1985-07-30'
              : 'bv. 1985-07-30'
            : undefined;
      const whenAttrs = f.when
        ? `data-when-field="${esc(idOf(`answers.${f.when.field}`))}" data-when-equals="${esc(f.when.equals)}"`
        : '';
      const required = f.required ? ' required aria-required="true"' : '';
      const input =
        f.type === 'choice'
          ? `<select <ATTRS>${required}><option value="">${esc(t.choose2)}</option>${(f.options ?? [])
              .map(
                (o) =>
                  `<option value="${esc(o.value)}"${values[name] === o.value ? ' selected' : ''}>${esc(en ? o.labelEn : o.labelNl)}</option>`,
              )
              .join('')}</select>`
          : f.type === 'textarea'
            ? `<textarea <ATTRS>${required} maxlength="2000">${v(name)}</textarea>`
            : f.type === 'date'
              ? `<input <ATTRS> type="date"${required} value="${v(name)}">`
              : `<input <ATTRS>${required} ${f.type === 'nationalRegister' ? 'inputmode="numeric" autocomplete="off" data-national-register="1"' : ''} value="${v(name)}">`;
      return field(name, label, input, hint, whenAttrs);
    })
    .join('\n');
  const proof = type.proofNl
    ? field(
        'proof',
        `${t.proof}: ${en ? (type.proofEn ?? type.proofNl) : type.proofNl}${type.proofRequired ? '' : ` ${t.proofOptional}`}`,
        `<input <ATTRS> type="file" accept="image/*,application/pdf">`,
        `${t.proofHint} ${config().UPLOAD_MAX_FILE_MB} MB.`,
      ).replace('name="proof"', 'name="attachments"')
    : '';
  const chosen = values.delivery ?? (type.deliveryOptions.length === 1 ? type.deliveryOptions[0] : undefined);
  const deliveryError = errors.delivery;
  const delivery = `<fieldset class="${deliveryError ? 'field-error' : ''}" id="delivery"${deliveryError ? ' aria-describedby="delivery-error"' : ''}><legend><strong>${esc(t.delivery)}</strong></legend>
${deliveryError ? `<p class="error" id="delivery-error">${esc(deliveryError)}</p>` : ''}${type.deliveryOptions
    .map(
      (d) =>
        `<label class="choice"><input type="radio" name="delivery" value="${d}" id="delivery-${d}"${chosen === d ? ' checked' : ''}> ${esc(t.deliveries[d])}</label>`,
    )
    .join('')}</fieldset>
${type.deliveryOptions.includes('post') ? field('postalAddress', t.postalAddress, `<textarea <ATTRS> autocomplete="street-address" maxlength="300" rows="3">${v('postalAddress')}</textarea>`, undefined, 'data-when-field="delivery" data-when-equals="post"') : ''}`;
  // the summary names each field, so "Vul dit veld in." says which one
  const labels: Record<string, string> = {
    ...Object.fromEntries(fields.map((f) => [`answers.${f.key}`, en ? f.labelEn : f.labelNl])),
    proof: t.proof,
    delivery: t.delivery,
    postalAddress: t.postalAddress,
    name: t.name,
    email: t.email,
    phone: t.phone,
  };
  const summary = Object.keys(errors).length
    ? `<div class="summary" role="alert" tabindex="-1" id="error-summary" autofocus><p>${esc(t.errors)}</p><ul>${Object.entries(
        errors,
      )
        .map(([k, m]) => `<li><a href="#${esc(idOf(k))}">${labels[k] ? `${esc(labels[k])}: ` : ''}${esc(m)}</a></li>`)
        .join('')}</ul></div>`
    : '';
  const name = en ? type.nameEn : type.nameNl;
  const description = en ? type.descriptionEn : type.descriptionNl;
  const q = `?lang=${lang}`;
  return layout(
    lang,
    name,
    `<p><a href="/e-loket${lang === 'en' ? '?lang=en' : ''}">${esc(t.back)}</a></p><h1>${esc(name)}</h1>${summary}
${description ? `<p>${esc(description)}</p>` : ''}${type.feeNote ? `<p><strong>${esc(t.fee)}:</strong> ${esc(type.feeNote)}</p>` : ''}
<form method="post" action="/e-loket/${esc(type.code)}${q}" enctype="multipart/form-data" novalidate data-eloket>
<input type="hidden" name="submissionKey" value="${esc(values.submissionKey ?? randomToken())}">
<input type="hidden" name="language" value="${lang}">
<input type="hidden" name="documentType" value="${esc(type.code)}">
<div class="sr-only" aria-hidden="true"><label for="website">Website</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
${questions}
${proof}
${delivery}
<h2>${esc(t.yourDetails)}</h2>
${field('name', t.name, `<input <ATTRS> required aria-required="true" autocomplete="name" value="${v('name')}">`)}
${field('email', t.email, `<input <ATTRS> type="email" autocomplete="email" value="${v('email')}">`)}
${field('phone', t.phone, `<input <ATTRS> type="tel" autocomplete="tel" value="${v('phone')}">`)}
<button type="submit">${esc(t.send)}</button>
</form>`,
    `/e-loket/${esc(type.code)}?lang=${other(lang)}`,
    { script: SCRIPT },
  );
}

function renderThanks(lang: PageLanguage, r: { reference: string; trackingUrl: string }, mailed: boolean): string {
  const t = T[lang];
  return layout(
    lang,
    t.thanks,
    `<div class="ok" role="status"><h1>${esc(t.thanks)}</h1>
<p>${esc(t.yourRef)}: <span class="ref">${esc(r.reference)}</span></p>${mailed ? `<p>${esc(t.mailSent)}</p>` : ''}
<p><a href="${esc(r.trackingUrl)}${lang === 'en' ? '?lang=en' : ''}">${esc(t.follow)}</a></p></div><p><a href="/e-loket${lang === 'en' ? '?lang=en' : ''}">${esc(t.back)}</a></p>`,
  );
}

async function typeForPage(code: string): Promise<DocumentType | undefined> {
  return /^[a-z0-9-]{1,80}$/.test(code) ? activeTypeForPage(code) : undefined;
}

function notFoundPage(res: Response, lang: PageLanguage, alternate: string) {
  res
    .status(404)
    .type('html')
    .send(
      layout(lang, T[lang].notFound, `<h1>${esc(T[lang].notFound)}</h1><p>${esc(T[lang].notFoundText)}</p>`, alternate),
    );
}

/** The public e-loket: the documents, one form per document (works without JavaScript), and the download link. */
export function eloketPageRouter(): Router {
  const router = Router();
  const reads = rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE);
  router.use('/e-loket/assets', express.static(ELOKET_PUBLIC_DIR, { maxAge: '1h', index: false }));
  router.get('/e-loket', async (req, res) => {
    res.type('html').send(await renderIndex(pageLanguage(req.query.lang)));
  });
  router.get('/e-loket/download/:token', reads, async (req, res) => {
    const lang = pageLanguage(req.query.lang);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Robots-Tag', 'noindex');
    res.setHeader('Cache-Control', 'no-store');
    const alternate = `${req.path}?lang=${other(lang)}`;
    try {
      const file = await documentForDownload(String(req.params.token));
      // opened first: a file missing from storage is a clear 410, not a broken download
      const body = await file.open();
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Length', String(file.size));
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      await sendStream(res, body);
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500) throw err;
      if (err.status === 410)
        return void res
          .status(410)
          .type('html')
          .send(layout(lang, T[lang].gone, `<h1>${esc(T[lang].gone)}</h1><p>${esc(T[lang].goneText)}</p>`, alternate));
      notFoundPage(res, lang, alternate);
    }
  });
  router.get('/e-loket/:code', async (req, res) => {
    const lang = pageLanguage(req.query.lang);
    const type = await typeForPage(String(req.params.code));
    if (!type) return notFoundPage(res, lang, `/e-loket?lang=${other(lang)}`);
    res.type('html').send(renderForm(lang, type, {}, {}));
  });
  const upload = ticketBody();
  router.post(
    '/e-loket/:code',
    rateLimit('forms', () => config().RATE_LIMIT_FORMS_PER_MINUTE),
    (req: Request, res: Response, next: NextFunction) => {
      upload(req, res, (err?: unknown) => handlePost(err, req, res).catch(next));
    },
  );
  return router;
}

/** Flattens the posted form (answers[key] arrives as an object) into the names the form uses. */
function valuesOf(body: Record<string, unknown>): Values {
  const values: Values = {};
  for (const [k, v] of Object.entries(body ?? {})) {
    if (typeof v === 'string') values[k] = v;
    if (k === 'answers' && v && typeof v === 'object')
      for (const [a, x] of Object.entries(v)) if (typeof x === 'string') values[`answers.${a}`] = x;
  }
  return values;
}

async function handlePost(uploadError: unknown, req: Request, res: Response): Promise<void> {
  const lang = pageLanguage(req.query.lang ?? req.body?.language);
  const type = await typeForPage(String(req.params.code));
  if (!type) return notFoundPage(res, lang, `/e-loket?lang=${other(lang)}`);
  const values = valuesOf(req.body);
  const fail = (status: number, errors: Record<string, string>) =>
    void res
      .status(status)
      .type('html')
      .send(
        renderForm(
          lang,
          type,
          values,
          Object.fromEntries(
            Object.entries(errors).map(([k, m]) => [k.replace(/^attachments(\.\d+)?$/, 'proof'), localize(m, lang)]),
          ),
        ),
      );
  if (uploadError instanceof multer.MulterError)
    return fail(uploadError.code === 'LIMIT_FILE_SIZE' ? 413 : 400, {
      proof:
        uploadError.code === 'LIMIT_FILE_SIZE'
          ? `A file is larger than ${config().UPLOAD_MAX_FILE_MB} MB.`
          : 'Add one file.',
    });
  if (uploadError instanceof AppError) return fail(uploadError.status, { proof: uploadError.message });
  if (uploadError) throw uploadError;
  const parsed = DocumentRequestBody.safeParse({ ...(req.body ?? {}), documentType: type.code, language: lang });
  if (!parsed.success) {
    // the answers are checked too, so the citizen hears every problem at once
    const answers = answerErrors(type, req.body?.answers, lang);
    return fail(400, { ...answers, ...fieldErrors(parsed.error) });
  }
  try {
    const result = await submitDocumentRequest(parsed.data, uploadedFiles(req.files), {
      channel: 'web',
      citizenSubject: await citizenSubjectOf(req),
    });
    res
      .status(result.created ? 201 : 200)
      .type('html')
      .send(renderThanks(lang, result, Boolean(parsed.data.email)));
  } catch (err) {
    if (err instanceof AppError && err.status < 500) return fail(err.status, err.errors ?? { _: err.message });
    throw err;
  }
}

function answerErrors(type: DocumentType, raw: unknown, lang: PageLanguage) {
  const answers = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return Object.fromEntries(
    Object.entries(checkAnswers(fieldsOf(type), answers, lang).errors).map(([k, m]) => [`answers.${k}`, m]),
  );
}
