import express, { Router, type Response } from 'express';
import path from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { config } from '../config';
import { esc, layout, pageLanguage, type PageLanguage } from '../pages/html';
import { rateLimit } from '../http/rateLimit';
import { projectRoot } from '../shared/paths';
import { appointmentForToken } from '../appointments/booking';
import { BOOKING_NL } from './messagesNl';
import { currentCitizen } from '../citizens/current';

/** The booking script and stylesheet: plain files, read from the source folder also when running from dist/. */
export const BOOKING_PUBLIC_DIR = path.join(projectRoot(), 'src', 'booking', 'public');

/** The town's phone number as people dial it (050 12 34 56 in Belgium), and as a tel: link. */
function townPhone(): { display: string; href: string } | undefined {
  const number = config().TWILIO_PHONE_NUMBER;
  if (!number) return undefined;
  const parsed = parsePhoneNumberFromString(number);
  if (!parsed) return { display: number, href: `tel:${number}` };
  return {
    display: parsed.country === 'BE' ? parsed.formatNational() : parsed.formatInternational(),
    href: parsed.getURI(),
  };
}

const T = {
  nl: {
    title: 'Een afspraak maken',
    intro:
      'Maak online een afspraak aan een loket van het gemeentehuis. U kiest waarvoor u komt, een dag en een uur, en u krijgt meteen een bevestiging.',
    noscript: (town: string) =>
      `Online een afspraak maken werkt alleen met JavaScript. U kunt ook een afspraak maken door ${town} te bellen`,
    noscriptNoPhone: (town: string) =>
      `Online een afspraak maken werkt alleen met JavaScript. Neem contact op met ${town} om een afspraak te maken via het`,
    contactForm: 'contactformulier',
    call: (phone?: string) => (phone ? `Bel ons op ${phone}.` : 'Neem contact met ons op.'),
    stepProduct: 'Stap 1 van 3: waarvoor komt u?',
    chooseProduct: 'Kies een product',
    stepTime: 'Stap 2 van 3: kies een dag en een uur',
    chosenProduct: 'Product',
    otherProduct: 'Ander product kiezen',
    day: 'Dag',
    dayHint: 'Alleen dagen met vrije uren staan in de lijst.',
    times: 'Vrije uren',
    stepDetails: 'Stap 3 van 3: uw gegevens',
    yourChoice: 'Uw keuze',
    you: 'Hoe kunnen we u bereiken?',
    youHint:
      'Geef uw e-mailadres, uw telefoonnummer of allebei. Daar sturen we de bevestiging en een herinnering naartoe.',
    name: 'Naam',
    nameHint: 'Zoals op uw identiteitskaart.',
    email: 'E-mailadres',
    phone: 'Telefoonnummer',
    phoneHint: 'Op een gsm-nummer krijgt u ook een sms.',
    next: 'Volgende',
    back: 'Vorige',
    submit: 'Afspraak bevestigen',
    done: 'Uw afspraak staat vast',
    manageTitle: 'Uw afspraak',
    manageNoscript: (town: string) =>
      `Deze pagina werkt alleen met JavaScript. Om uw afspraak te verplaatsen of te annuleren kunt u ook ${town} bellen`,
    manageNoscriptNoPhone: (town: string) =>
      `Deze pagina werkt alleen met JavaScript. Om uw afspraak te verplaatsen of te annuleren kunt u contact opnemen met ${town} via het`,
    details: 'Gegevens van uw afspraak',
    move: 'Verplaatsen',
    cancel: 'Annuleren',
    moveTitle: 'Kies een nieuwe dag en een nieuw uur',
    moveSubmit: 'Verplaatsen naar dit uur',
    moveKeep: 'Niet verplaatsen',
    cancelTitle: 'Afspraak annuleren?',
    cancelYes: 'Ja, annuleer mijn afspraak',
    cancelNo: 'Nee, ik behoud mijn afspraak',
    bookAgain: 'Een nieuwe afspraak maken',
    notFound: 'Afspraak niet gevonden',
    notFoundText:
      'Bij deze link hoort geen afspraak. Gebruik de link uit uw meest recente bevestiging (na een wijziging blijft de link dezelfde), of maak een nieuwe afspraak.',
  },
  en: {
    title: 'Make an appointment',
    intro:
      'Book a visit to a counter at the town hall online. Choose what you come for, a day and a time, and you get a confirmation straight away.',
    noscript: (town: string) => `Booking online needs JavaScript. You can also make an appointment by calling ${town}`,
    noscriptNoPhone: (town: string) =>
      `Booking online needs JavaScript. To make an appointment, contact ${town} with the`,
    contactForm: 'contact form',
    call: (phone?: string) => (phone ? `Please call us on ${phone}.` : 'Please contact us.'),
    stepProduct: 'Step 1 of 3: what do you come for?',
    chooseProduct: 'Choose a product',
    stepTime: 'Step 2 of 3: choose a day and a time',
    chosenProduct: 'Product',
    otherProduct: 'Choose another product',
    day: 'Day',
    dayHint: 'Only days with free times are listed.',
    times: 'Free times',
    stepDetails: 'Step 3 of 3: your details',
    yourChoice: 'Your choice',
    you: 'How can we reach you?',
    youHint: 'Give your email address, your phone number or both. We send the confirmation and a reminder there.',
    name: 'Name',
    nameHint: 'As on your identity card.',
    email: 'Email address',
    phone: 'Phone number',
    phoneHint: 'A mobile number also gets a text message.',
    next: 'Next',
    back: 'Back',
    submit: 'Confirm appointment',
    done: 'Your appointment is booked',
    manageTitle: 'Your appointment',
    manageNoscript: (town: string) =>
      `This page needs JavaScript. To move or cancel your appointment you can also call ${town}`,
    manageNoscriptNoPhone: (town: string) =>
      `This page needs JavaScript. To move or cancel your appointment, contact ${town} with the`,
    details: 'Details of your appointment',
    move: 'Move',
    cancel: 'Cancel',
    moveTitle: 'Choose a new day and time',
    moveSubmit: 'Move to this time',
    moveKeep: 'Do not move',
    cancelTitle: 'Cancel the appointment?',
    cancelYes: 'Yes, cancel my appointment',
    cancelNo: 'No, keep my appointment',
    bookAgain: 'Make a new appointment',
    notFound: 'Appointment not found',
    notFoundText:
      'There is no appointment for this link. Use the link from your most recent confirmation (it stays the same after a change), or make a new appointment.',
  },
};

/** Words the browser script shows, in the page's language; {x} are filled in by the script. */
function scriptText(lang: PageLanguage) {
  const phone = townPhone()?.display;
  const call = T[lang].call(phone);
  return lang === 'nl'
    ? {
        call,
        loadingServices: 'Producten laden…',
        servicesFailed: 'De producten konden niet geladen worden. Probeer het later opnieuw of bel ons.',
        noServices: `Op dit moment kunt u voor geen enkel product online een afspraak maken. ${call}`,
        presetNotOnline: `Voor “{name}” kunt u niet online een afspraak maken. ${call}`,
        presetUnknown: 'We vonden het gevraagde product niet. Kies hieronder waarvoor u komt.',
        duration: 'Duur',
        minutes: 'ongeveer {n} minuten',
        price: 'Prijs',
        bring: 'Breng mee',
        product: 'Product',
        when: 'Wanneer',
        where: 'Waar',
        status: 'Status',
        needService: 'Kies een product.',
        needTime: 'Kies een uur.',
        needName: 'Vul uw naam in.',
        needContact: 'Geef een e-mailadres of een telefoonnummer, zodat we uw afspraak kunnen bevestigen.',
        loadingTimes: 'Vrije uren laden…',
        oneDay: '1 dag met vrije uren.',
        days: '{n} dagen met vrije uren.',
        noTimes: `Er zijn de komende {n} dagen geen vrije uren voor dit product. Probeer het later opnieuw. ${call}`,
        timesFailed: 'De vrije uren konden niet geladen worden. Probeer het later opnieuw.',
        timesOn: 'Vrije uren op {day}',
        at: 'om',
        oneFree: '1 vrij uur',
        free: '{n} vrije uren',
        moment: '{day} om {time}',
        momentUntil: '{day} om {time} (tot {end})',
        errors: 'Er ging iets mis. Controleer het volgende:',
        failed: 'Er ging iets mis bij het versturen. Probeer het later opnieuw.',
        checkFields: 'Controleer de gemarkeerde velden.',
        tooMany: 'Te veel aanvragen vanaf uw adres; probeer het over {s} seconden opnieuw.',
        tooLong: 'Dit is te lang.',
        sending: 'Bezig met versturen…',
        booked: 'Uw afspraak staat vast.',
        taken: 'Kies een ander uur.',
        code: 'Uw afspraakcode',
        codeHint: 'Geef deze code in aan de onthaalzuil wanneer u aankomt.',
        sentEmail: 'We stuurden een bevestiging naar {email}.',
        sentSms: 'We stuurden een bevestiging per sms naar {phone}.',
        sentBoth: 'We stuurden een bevestiging naar {email} en een sms naar {phone}.',
        sentNone: 'Noteer uw afspraakcode goed: naar een vast telefoonnummer kunnen we geen bevestiging sturen.',
        manage: 'Uw afspraak verplaatsen of annuleren',
        manageHint: 'Dezelfde link staat in uw bevestiging.',
        another: 'Nog een afspraak maken',
        loading: 'Uw afspraak laden…',
        loadFailed: 'Uw afspraak kon niet geladen worden. Probeer het later opnieuw.',
        statuses: {
          booked: 'Gepland',
          checked_in: 'Aangemeld aan het onthaal',
          completed: 'Afgehandeld',
          no_show: 'Niet gekomen',
          cancelled: 'Geannuleerd',
        },
        isCancelled: 'Deze afspraak is geannuleerd.',
        notChangeable: `Deze afspraak kunt u niet meer online wijzigen. ${call}`,
        current: 'Uw afspraak nu: {when}.',
        moved: 'Uw afspraak is verplaatst naar {when}. We stuurden u een nieuwe bevestiging.',
        cancelText: 'Wilt u uw afspraak voor {service} op {when} annuleren? Het uur komt dan vrij voor iemand anders.',
        cancelled: 'Uw afspraak is geannuleerd. U hoeft niet te komen. We stuurden u een bevestiging.',
      }
    : {
        call,
        loadingServices: 'Loading products…',
        servicesFailed: 'The products could not be loaded. Please try again later or call us.',
        noServices: `At the moment no product can be booked online. ${call}`,
        presetNotOnline: `“{name}” cannot be booked online. ${call}`,
        presetUnknown: 'We did not find the product you asked for. Choose below what you come for.',
        duration: 'Duration',
        minutes: 'about {n} minutes',
        price: 'Price',
        bring: 'Please bring',
        product: 'Product',
        when: 'When',
        where: 'Where',
        status: 'Status',
        needService: 'Choose a product.',
        needTime: 'Choose a time.',
        needName: 'Enter your name.',
        needContact: 'Give an email address or a phone number, so we can confirm your appointment.',
        loadingTimes: 'Loading free times…',
        oneDay: '1 day with free times.',
        days: '{n} days with free times.',
        noTimes: `There are no free times for this product in the next {n} days. Please try again later. ${call}`,
        timesFailed: 'The free times could not be loaded. Please try again later.',
        timesOn: 'Free times on {day}',
        at: 'at',
        oneFree: '1 free time',
        free: '{n} free times',
        moment: '{day} at {time}',
        momentUntil: '{day} at {time} (until {end})',
        errors: 'Something went wrong. Please check the following:',
        failed: 'Something went wrong while sending. Please try again later.',
        checkFields: 'Please check the marked fields.',
        tooMany: 'Too many requests from your address; try again in {s} seconds.',
        tooLong: 'This is too long.',
        sending: 'Sending…',
        booked: 'Your appointment is booked.',
        taken: 'Please choose another time.',
        code: 'Your appointment code',
        codeHint: 'Enter this code at the check-in kiosk when you arrive.',
        sentEmail: 'We sent a confirmation to {email}.',
        sentSms: 'We sent a confirmation by text message to {phone}.',
        sentBoth: 'We sent a confirmation to {email} and a text message to {phone}.',
        sentNone: 'Please note your appointment code: we cannot send a confirmation to a landline number.',
        manage: 'Move or cancel your appointment',
        manageHint: 'The same link is in your confirmation.',
        another: 'Make another appointment',
        loading: 'Loading your appointment…',
        loadFailed: 'Your appointment could not be loaded. Please try again later.',
        statuses: {
          booked: 'Booked',
          checked_in: 'Checked in',
          completed: 'Completed',
          no_show: 'Missed',
          cancelled: 'Cancelled',
        },
        isCancelled: 'This appointment was cancelled.',
        notChangeable: `This appointment can no longer be changed online. ${call}`,
        current: 'Your appointment now: {when}.',
        moved: 'Your appointment was moved to {when}. We sent you a new confirmation.',
        cancelText:
          'Do you want to cancel your appointment for {service} on {when}? The time then becomes free for someone else.',
        cancelled: 'Your appointment was cancelled. You do not need to come. We sent you a confirmation.',
      };
}

/** What the page says without JavaScript: call the town (or use the contact form when there is no number). */
function noscript(
  lang: PageLanguage,
  withPhone: (town: string) => string,
  withoutPhone: (town: string) => string,
): string {
  const town = config().MUNICIPALITY_NAME;
  const phone = townPhone();
  const body = phone
    ? `${esc(withPhone(town))} ${lang === 'en' ? 'on' : 'op'} <a href="${esc(phone.href)}">${esc(phone.display)}</a>.`
    : `${esc(withoutPhone(town))} <a href="/contact?lang=${lang}">${esc(T[lang].contactForm)}</a>.`;
  return `<noscript><div class="summary noscript"><p>${body}</p></div></noscript>`;
}

/** The day list and the times of one day, for booking (prefix "book") and for moving (prefix "move"). */
function picker(prefix: string, lang: PageLanguage): string {
  const t = T[lang];
  return `<p class="status" id="${prefix}-picker-status" role="status" aria-live="polite"></p>
<div class="field" data-field="day" id="${prefix}-day-box" hidden><label for="${prefix}-day">${esc(t.day)}</label>
<p class="hint" id="${prefix}-day-hint">${esc(t.dayHint)}</p><p class="error" id="${prefix}-day-error" hidden></p>
<select id="${prefix}-day" name="day" aria-describedby="${prefix}-day-hint"></select></div>
<fieldset class="field times" data-field="start" id="${prefix}-start-box" hidden><legend id="${prefix}-start-legend">${esc(t.times)}</legend>
<p class="error" id="${prefix}-start-error" hidden></p><div class="slots" id="${prefix}-start-list"></div></fieldset>`;
}

const summaryBox = (id: string) => `<div id="${id}" class="summary" role="alert" tabindex="-1" hidden></div>`;

/** A logged-in citizen's name and addresses, filled in from their login (src/citizens); they may change them. */
type Known = { name?: string; email?: string; phone?: string };

function renderBooking(lang: PageLanguage, dienst: string | undefined, known: Known = {}): string {
  const t = T[lang];
  const field = (name: string, label: string, input: string, hint?: string) =>
    `<div class="field" data-field="${name}"><label for="book-${name}">${esc(label)}</label>${hint ? `<p class="hint" id="book-${name}-hint">${esc(hint)}</p>` : ''}
<p class="error" id="book-${name}-error" hidden></p>${input.replace('<ATTRS>', `id="book-${name}" name="${name}"${hint ? ` aria-describedby="book-${name}-hint"` : ''}`)}</div>`;
  return `<link rel="stylesheet" href="/afspraak/assets/afspraak.css">
<h1>${esc(t.title)}</h1><p>${esc(t.intro)}</p>
${noscript(lang, t.noscript, t.noscriptNoPhone)}
<div id="booking" class="booking" hidden data-lang="${lang}" data-dienst="${esc(dienst ?? '')}"
 data-text="${esc(JSON.stringify(scriptText(lang)))}" data-messages="${esc(JSON.stringify(lang === 'nl' ? BOOKING_NL : {}))}">
<p id="booking-status" class="status" role="status" aria-live="polite"></p>

<section id="step-product" class="step" aria-labelledby="step-product-title" hidden>
<h2 id="step-product-title" tabindex="-1">${esc(t.stepProduct)}</h2>
${summaryBox('product-summary')}
<p id="product-notice" class="notice" hidden></p>
<form id="product-form" novalidate>
<fieldset class="field" data-field="service"><legend>${esc(t.chooseProduct)}</legend>
<p class="error" id="book-service-error" hidden></p><div id="product-list" class="choices"></div></fieldset>
<div class="buttons"><button type="submit" id="product-next">${esc(t.next)}</button></div>
</form>
</section>

<section id="step-time" class="step" aria-labelledby="step-time-title" hidden>
<h2 id="step-time-title" tabindex="-1">${esc(t.stepTime)}</h2>
${summaryBox('time-summary')}
<p class="chosen">${esc(t.chosenProduct)}: <strong id="time-product"></strong> <button type="button" class="link" id="time-other">${esc(t.otherProduct)}</button></p>
<form id="time-form" novalidate>
${picker('book', lang)}
<div class="buttons"><button type="submit" id="time-next">${esc(t.next)}</button> <button type="button" class="secondary" id="time-back">${esc(t.back)}</button></div>
</form>
</section>

<section id="step-details" class="step" aria-labelledby="step-details-title" hidden>
<h2 id="step-details-title" tabindex="-1">${esc(t.stepDetails)}</h2>
${summaryBox('details-summary')}
<div class="choice-summary"><h3>${esc(t.yourChoice)}</h3><dl id="details-choice"></dl></div>
<form id="details-form" novalidate>
${field('name', t.name, `<input <ATTRS> autocomplete="name" maxlength="200" required${known.name ? ` value="${esc(known.name)}"` : ''}>`, t.nameHint)}
<fieldset class="contact" aria-describedby="book-you-hint"><legend>${esc(t.you)}</legend><p class="hint" id="book-you-hint">${esc(t.youHint)}</p>
${field('email', t.email, `<input <ATTRS> type="email" autocomplete="email" maxlength="254" spellcheck="false"${known.email ? ` value="${esc(known.email)}"` : ''}>`)}
${field('phone', t.phone, `<input <ATTRS> type="tel" autocomplete="tel" maxlength="40"${known.phone ? ` value="${esc(known.phone)}"` : ''}>`, t.phoneHint)}
</fieldset>
<div class="buttons"><button type="submit" id="details-send">${esc(t.submit)}</button> <button type="button" class="secondary" id="details-back">${esc(t.back)}</button></div>
</form>
</section>

<section id="step-done" class="step" aria-labelledby="step-done-title" hidden>
<h2 id="step-done-title" tabindex="-1">${esc(t.done)}</h2>
<div id="done-body" class="ok"></div>
</section>
</div>
<script src="/afspraak/assets/afspraak.js"></script>`;
}

function renderManage(lang: PageLanguage, token: string): string {
  const t = T[lang];
  return `<link rel="stylesheet" href="/afspraak/assets/afspraak.css">
<h1>${esc(t.manageTitle)}</h1>
${noscript(lang, t.manageNoscript, t.manageNoscriptNoPhone)}
<div id="manage" class="booking" hidden data-lang="${lang}" data-token="${esc(token)}"
 data-text="${esc(JSON.stringify(scriptText(lang)))}" data-messages="${esc(JSON.stringify(lang === 'nl' ? BOOKING_NL : {}))}">
<p id="manage-status" class="status" role="status" aria-live="polite"></p>
${summaryBox('manage-summary')}
<div id="manage-result" class="ok" role="status" tabindex="-1" hidden></div>
<section id="manage-details" aria-labelledby="manage-details-title" hidden>
<h2 id="manage-details-title" class="sr-only">${esc(t.details)}</h2>
<div class="code-box"><p class="code-label" id="manage-code-label"></p><p class="code" id="manage-code" aria-describedby="manage-code-label"></p></div>
<dl id="manage-facts"></dl>
<p id="manage-note" class="notice" hidden></p>
</section>
<div id="manage-actions" class="buttons" hidden><button type="button" id="manage-move">${esc(t.move)}</button> <button type="button" class="secondary" id="manage-cancel">${esc(t.cancel)}</button></div>

<section id="move" class="step" aria-labelledby="move-title" hidden>
<h2 id="move-title" tabindex="-1">${esc(t.moveTitle)}</h2>
${summaryBox('move-summary')}
<p id="move-current"></p>
<form id="move-form" novalidate>
${picker('move', lang)}
<div class="buttons"><button type="submit" id="move-send">${esc(t.moveSubmit)}</button> <button type="button" class="secondary" id="move-keep">${esc(t.moveKeep)}</button></div>
</form>
</section>

<section id="cancel" class="step" aria-labelledby="cancel-title" hidden>
<h2 id="cancel-title" tabindex="-1">${esc(t.cancelTitle)}</h2>
${summaryBox('cancel-summary')}
<p id="cancel-text"></p>
<div class="buttons"><button type="button" class="danger" id="cancel-yes">${esc(t.cancelYes)}</button> <button type="button" class="secondary" id="cancel-no">${esc(t.cancelNo)}</button></div>
</section>
<p id="manage-again" hidden><a id="manage-again-link" href="/afspraak${lang === 'en' ? '?lang=en' : ''}">${esc(t.bookAgain)}</a></p>
</div>
<script src="/afspraak/assets/afspraak.js"></script>`;
}

/** Private pages: not indexed, not cached, and the token never leaves in a Referer. */
function privateHeaders(res: Response) {
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Robots-Tag', 'noindex');
  res.setHeader('Cache-Control', 'no-store');
}

/** A product code as a website links it (/afspraak?dienst=kids-id); anything else is ignored. */
function dienstParam(raw: unknown): string | undefined {
  return typeof raw === 'string' && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/.test(raw) ? raw : undefined;
}

/** The citizen's booking page (/afspraak) and the page behind the link in the confirmation (/afspraak/beheer/:token). */
export function bookingPageRouter(): Router {
  const router = Router();
  const reads = rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE);
  router.use('/afspraak/assets', express.static(BOOKING_PUBLIC_DIR, { maxAge: '1h', index: false }));

  router.get('/afspraak', reads, async (req, res) => {
    const lang = pageLanguage(req.query.lang);
    const dienst = dienstParam(req.query.dienst);
    const other = lang === 'nl' ? 'en' : 'nl';
    const alternate = `/afspraak?${dienst ? `dienst=${encodeURIComponent(dienst)}&` : ''}lang=${other}`;
    const citizen = await currentCitizen(req);
    if (citizen) res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(
      layout(lang, T[lang].title, renderBooking(lang, dienst, citizen ?? {}), alternate, {
        citizen: citizen ?? null,
      }),
    );
  });

  router.get('/afspraak/beheer/:token', reads, async (req, res) => {
    privateHeaders(res);
    const token = String(req.params.token);
    const appointment = await appointmentForToken(token);
    // the language asked for, else the one the appointment was made in (the link in the email has no ?lang)
    const lang: PageLanguage =
      req.query.lang === 'en' || req.query.lang === 'nl'
        ? req.query.lang
        : appointment?.language === 'en'
          ? 'en'
          : 'nl';
    const t = T[lang];
    const other = lang === 'nl' ? 'en' : 'nl';
    if (!appointment) {
      res
        .status(404)
        .type('html')
        .send(
          layout(
            lang,
            t.notFound,
            `<h1>${esc(t.notFound)}</h1><p>${esc(t.notFoundText)}</p><p><a href="/afspraak${lang === 'en' ? '?lang=en' : ''}">${esc(t.bookAgain)}</a></p>`,
            `${req.path}?lang=${other}`,
          ),
        );
      return;
    }
    res.type('html').send(layout(lang, t.manageTitle, renderManage(lang, token), `${req.path}?lang=${other}`));
  });
  return router;
}
