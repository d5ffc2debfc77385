import express, { Router } from 'express';
import path from 'node:path';
import { config } from '../config';
import { esc, layout, pageLanguage, type PageLanguage } from '../pages/html';
import { rateLimit } from '../http/rateLimit';
import { randomToken } from '../shared/tokens';
import { projectRoot } from '../shared/paths';
import { NL } from '../pages/messagesNl';
import { reportCategories } from './reports';
import { townBoundary } from './boundary';
import { wordsFor } from '../shared/words';

const WORDS_NL = wordsFor('nl');
const WORDS_EN = wordsFor('en');

/** our browser script and stylesheet: plain files, read from the source folder also when running from dist/ */
export const MAP_PUBLIC_DIR = path.join(projectRoot(), 'src', 'map', 'public');
const LEAFLET_DIR = path.dirname(require.resolve('leaflet/dist/leaflet.js'));

const T = {
  nl: {
    title: 'Meldingen op de kaart',
    intro:
      'Hier ziet u de open meldingen over problemen op straat en in het openbaar domein, en de meldingen die de voorbije 30 dagen zijn opgelost. ' +
      'Locaties zijn bij benadering; wie iets meldde en wat er precies geschreven werd, ziet u niet.',
    noscript: 'De kaart werkt alleen met JavaScript. U kunt een probleem ook melden via het',
    contactForm: 'contactformulier',
    filters: 'Meldingen filteren',
    category: 'Categorie',
    allCategories: 'Alle categorieën',
    status: 'Status',
    all: 'Open en recent opgelost',
    open: 'Open',
    resolved: 'Opgelost (laatste 30 dagen)',
    legend: 'Legende',
    legendOpen: 'Open melding',
    legendResolved: 'Opgelost',
    legendChosen: 'Uw gekozen plek',
    hint: 'Klik op de kaart om een probleem te melden.',
    keyboard: 'Met het toetsenbord: verschuif de kaart met de pijltjestoetsen en kies dan',
    mapLabel: 'Kaart van de meldingen',
    here: 'Meld een probleem op deze plek',
    myLocation: 'Mijn locatie',
    search: 'Een adres zoeken',
    searchLabel: 'Adres',
    searchHint: 'Bijvoorbeeld: Grote Markt 1',
    searchButton: 'Zoeken',
    formTitle: 'Een probleem melden',
    location: 'Gekozen plek',
    noLocation: 'Nog geen plek gekozen: klik op de kaart.',
    reportCategory: 'Wat is het probleem?',
    choose: '— Kies een categorie —',
    description: 'Beschrijving',
    descriptionHint: 'Wat is er aan de hand, en waar precies?',
    photo: 'Foto (optioneel)',
    photoHint: (mb: number) => `Eén foto van hoogstens ${mb} MB.`,
    you: 'Uw gegevens',
    youHint:
      'Alleen de gemeente ziet deze gegevens; ze komen nooit op de kaart. Geef een e-mailadres of een telefoonnummer.',
    name: 'Naam',
    email: 'E-mailadres',
    phone: 'Telefoonnummer',
    send: 'Melding versturen',
    cancel: 'Annuleren',
    list: 'De meldingen als lijst',
    colReference: 'Referentie',
    colCategory: 'Categorie',
    colStatus: 'Status',
    colReported: 'Gemeld op',
  },
  en: {
    title: 'Reports on the map',
    intro:
      'The map shows open reports about problems in the street and public space, and reports resolved in the last 30 days. ' +
      'Locations are approximate; who reported something and what they wrote is never shown.',
    noscript: 'The map needs JavaScript. You can also report a problem with the',
    contactForm: 'contact form',
    filters: 'Filter the reports',
    category: 'Category',
    allCategories: 'All categories',
    status: 'Status',
    all: 'Open and recently resolved',
    open: 'Open',
    resolved: 'Resolved (last 30 days)',
    legend: 'Legend',
    legendOpen: 'Open report',
    legendResolved: 'Resolved',
    legendChosen: 'The place you chose',
    hint: 'Click on the map to report a problem.',
    keyboard: 'With the keyboard: move the map with the arrow keys, then choose',
    mapLabel: 'Map of the reports',
    here: 'Report a problem at this place',
    myLocation: 'My location',
    search: 'Search for an address',
    searchLabel: 'Address',
    searchHint: 'For example: Grote Markt 1',
    searchButton: 'Search',
    formTitle: 'Report a problem',
    location: 'Chosen place',
    noLocation: 'No place chosen yet: click on the map.',
    reportCategory: 'What is the problem?',
    choose: '— Choose a category —',
    description: 'Description',
    descriptionHint: 'What is wrong, and where exactly?',
    photo: 'Photo (optional)',
    photoHint: (mb: number) => `One photo of at most ${mb} MB.`,
    you: 'Your details',
    youHint: 'Only the municipality sees these; they never appear on the map. Give an email address or a phone number.',
    name: 'Name',
    email: 'Email address',
    phone: 'Phone number',
    send: 'Send report',
    cancel: 'Cancel',
    list: 'The reports as a list',
    colReference: 'Reference',
    colCategory: 'Category',
    colStatus: 'Status',
    colReported: 'Reported on',
  },
};

/** Words the browser script shows (its status line, popups, the answer after sending), in the page's language. */
const SCRIPT_TEXT = {
  nl: {
    loading: 'Meldingen laden…',
    count: '{n} meldingen op de kaart.',
    one: '1 melding op de kaart.',
    none: 'Geen meldingen voor deze keuze.',
    loadFailed: 'De meldingen konden niet geladen worden. Probeer het later opnieuw.',
    capped: 'Alleen de {n} nieuwste worden getoond.',
    reportedOn: 'Gemeld op',
    reference: 'Referentie',
    chosen: 'Gekozen plek: {lat}, {lng}.',
    position: 'Gekozen plek: {place}',
    tapHint: 'Tik op de kaart om een probleem te melden.',
    tapNoLocation: 'Nog geen plek gekozen: tik op de kaart.',
    locating: 'Uw locatie zoeken…',
    located: 'Uw locatie staat op de kaart.',
    noGeolocation: 'Uw locatie is niet beschikbaar. Sta het toe in uw browser, of kies de plek op de kaart.',
    outsideTown: WORDS_NL.outsideTown,
    searching: 'Adres zoeken…',
    searchResults: '{n} adressen gevonden. Kies er een.',
    searchNone: 'Geen adres gevonden. Probeer het anders, of kies de plek op de kaart.',
    searchFailed: 'Het adres zoeken lukt nu niet. Kies de plek op de kaart.',
    pointSet: 'Plek gekozen. Vul het formulier in.',
    sending: 'Bezig met versturen…',
    thanks: 'Bedankt, we hebben uw melding ontvangen.',
    duplicate: 'Deze melding was al ontvangen; hier is uw referentie opnieuw.',
    yourRef: 'Uw referentie',
    follow: 'Volg uw melding',
    another: 'Nog een probleem melden',
    errors: 'Er ging iets mis. Controleer de volgende velden:',
    failed: 'Er ging iets mis bij het versturen. Probeer het later opnieuw.',
    needCategory: 'Kies een categorie.',
    needMessage: 'Beschrijf het probleem.',
    needLocation: 'Kies een plek op de kaart.',
    checkFields: 'Controleer de gemarkeerde velden.',
    tooMany: 'Te veel aanvragen vanaf uw adres; probeer het over {s} seconden opnieuw.',
    subjectPrefix: 'Melding op de kaart',
  },
  en: {
    loading: 'Loading reports…',
    count: '{n} reports on the map.',
    one: '1 report on the map.',
    none: 'No reports for this choice.',
    loadFailed: 'The reports could not be loaded. Please try again later.',
    capped: 'Only the {n} newest are shown.',
    reportedOn: 'Reported on',
    reference: 'Reference',
    chosen: 'Chosen place: {lat}, {lng}.',
    position: 'Chosen place: {place}',
    tapHint: 'Tap on the map to report a problem.',
    tapNoLocation: 'No place chosen yet: tap on the map.',
    locating: 'Finding your location…',
    located: 'Your location is on the map.',
    noGeolocation: 'Your location is not available. Allow it in your browser, or choose the place on the map.',
    outsideTown: WORDS_EN.outsideTown,
    searching: 'Searching for the address…',
    searchResults: '{n} addresses found. Choose one.',
    searchNone: 'No address found. Try other words, or choose the place on the map.',
    searchFailed: 'The address search does not work right now. Choose the place on the map.',
    pointSet: 'Place chosen. Fill in the form.',
    sending: 'Sending…',
    thanks: 'Thank you, we received your report.',
    duplicate: 'This report had already been received; here is your reference again.',
    yourRef: 'Your reference',
    follow: 'Follow your report',
    another: 'Report another problem',
    errors: 'Something went wrong. Please check these fields:',
    failed: 'Something went wrong while sending. Please try again later.',
    needCategory: 'Choose a category.',
    needMessage: 'Describe the problem.',
    needLocation: 'Choose a place on the map.',
    checkFields: 'Please check the marked fields.',
    tooMany: 'Too many requests from your address; try again in {s} seconds.',
    subjectPrefix: 'Report on the map',
  },
};

interface Selected {
  category?: string;
  status?: string;
}

async function renderMap(lang: PageLanguage, selected: Selected): Promise<string> {
  const t = T[lang];
  const c = config();
  const categories = await reportCategories(lang);
  const options = (list: typeof categories, chosen?: string) =>
    list
      .map(
        (cat) => `<option value="${esc(cat.code)}"${cat.code === chosen ? ' selected' : ''}>${esc(cat.name)}</option>`,
      )
      .join('');
  const status = (value: string, label: string) =>
    `<option value="${value}"${selected.status === value ? ' selected' : ''}>${esc(label)}</option>`;
  const field = (name: string, label: string, input: string, hint?: string) =>
    `<div class="field" data-field="${name}"><label for="report-${name}">${esc(label)}${hint ? ` <span class="hint" id="report-${name}-hint">${esc(hint)}</span>` : ''}</label>
<p class="error" id="report-${name}-error" hidden></p>${input.replace('<ATTRS>', `id="report-${name}" name="${name}"${hint ? ` aria-describedby="report-${name}-hint"` : ''}`)}</div>`;
  const messages = lang === 'nl' ? NL : {};
  const boundary = townBoundary();
  const search = c.GEOCODER_URL
    ? `<form id="address-search" class="address-search" role="search" aria-label="${esc(t.search)}">
<label for="address-q">${esc(t.searchLabel)} <span class="hint" id="address-q-hint">${esc(t.searchHint)}</span></label>
<div class="search-row"><input id="address-q" name="q" type="search" autocomplete="street-address" minlength="3" maxlength="200" aria-describedby="address-q-hint"> <button type="submit">${esc(t.searchButton)}</button></div>
<ul id="address-results" class="address-results" hidden></ul>
</form>`
    : '';
  return layout(
    lang,
    t.title,
    `<link rel="stylesheet" href="/kaart/assets/leaflet.css"><link rel="stylesheet" href="/kaart/assets/kaart.css">
<div class="kaart-intro"><h1>${esc(t.title)}</h1><p>${esc(t.intro)}</p>
<noscript><p class="summary">${esc(t.noscript)} <a href="/contact?lang=${lang}">${esc(t.contactForm)}</a>.</p></noscript></div>
<div id="kaart-live" hidden>
<div class="kaart-tools">
<form id="filters" class="filters" action="/kaart" method="get" role="search" aria-label="${esc(t.filters)}">
<input type="hidden" name="lang" value="${lang}">
<div><label for="filter-category">${esc(t.category)}</label><select id="filter-category" name="category"><option value="">${esc(t.allCategories)}</option>${options(
      categories.filter((x) => x.shownOnMap),
      selected.category,
    )}</select></div>
<div><label for="filter-status">${esc(t.status)}</label><select id="filter-status" name="status">${status('all', t.all)}${status('open', t.open)}${status('resolved', t.resolved)}</select></div>
</form>
<div class="legend"><h2 id="legend-title">${esc(t.legend)}</h2><ul aria-labelledby="legend-title">
<li><span class="dot dot-open" aria-hidden="true"></span>${esc(t.legendOpen)}</li>
<li><span class="dot dot-resolved" aria-hidden="true"></span>${esc(t.legendResolved)}</li>
<li><span class="pin" aria-hidden="true"></span>${esc(t.legendChosen)}</li></ul></div>
</div>
<p class="map-hint" id="map-hint"><strong id="map-hint-action">${esc(t.hint)}</strong> <span class="hint">${esc(t.keyboard)} “${esc(t.here)}”.</span></p>
<div id="map" class="map" role="region" aria-label="${esc(t.mapLabel)}" aria-describedby="map-hint"
 data-tile-url="${esc(c.MAP_TILE_URL)}" data-attribution="${esc(c.MAP_TILE_ATTRIBUTION)}" data-lat="${c.MAP_CENTER.lat}" data-lng="${c.MAP_CENTER.lng}" data-zoom="${c.MAP_ZOOM}"
 data-lang="${lang}" data-text="${esc(JSON.stringify(SCRIPT_TEXT[lang]))}"${boundary ? ` data-bounds="${esc(JSON.stringify(boundary.bounds))}"` : ''}></div>
<p id="map-status" class="map-status" role="status" aria-live="polite"></p>
<div class="kaart-actions"><button type="button" id="report-here">${esc(t.here)}</button> <button type="button" id="my-location" class="secondary" hidden>${esc(t.myLocation)}</button></div>
${search}
<section id="report" class="report" hidden aria-labelledby="report-title">
<h2 id="report-title" tabindex="-1">${esc(t.formTitle)}</h2>
<div id="report-summary" class="summary" role="alert" tabindex="-1" hidden></div>
<form id="report-form" action="/api/public/tickets" method="post" enctype="multipart/form-data" novalidate data-messages="${esc(JSON.stringify(messages))}">
<input type="hidden" name="submissionKey" value="${esc(randomToken())}">
<input type="hidden" name="language" value="${lang}">
<input type="hidden" name="subject" value="">
<div class="sr-only" aria-hidden="true"><label for="report-website">Website</label><input id="report-website" name="website" tabindex="-1" autocomplete="off"></div>
<div class="field" data-field="latitude"><p><strong>${esc(t.location)}:</strong> <span id="report-location">${esc(t.noLocation)}</span></p>
<p class="error" id="report-latitude-error" hidden></p>
<input type="hidden" id="report-latitude" name="latitude" value=""><input type="hidden" id="report-longitude" name="longitude" value=""></div>
${field('category', t.reportCategory, `<select <ATTRS> required><option value="">${esc(t.choose)}</option>${options(categories)}</select>`)}
${field('message', t.description, `<textarea <ATTRS> required maxlength="10000"></textarea>`, t.descriptionHint)}
${field('attachments', t.photo, `<input <ATTRS> type="file" accept="image/*">`, t.photoHint(c.UPLOAD_MAX_FILE_MB))}
<fieldset><legend>${esc(t.you)}</legend><p class="hint" id="report-you-hint">${esc(t.youHint)}</p>
${field('name', t.name, `<input <ATTRS> autocomplete="name" maxlength="200">`)}
${field('email', t.email, `<input <ATTRS> type="email" autocomplete="email">`)}
${field('phone', t.phone, `<input <ATTRS> type="tel" autocomplete="tel">`)}
</fieldset>
<div class="buttons"><button type="submit" id="report-send">${esc(t.send)}</button> <button type="button" id="report-cancel" class="secondary">${esc(t.cancel)}</button></div>
</form>
</section>
<div id="report-result" class="result" role="status" aria-live="polite" tabindex="-1"></div>
<details class="report-list"><summary>${esc(t.list)}</summary>
<table><thead><tr><th scope="col">${esc(t.colReference)}</th><th scope="col">${esc(t.colCategory)}</th><th scope="col">${esc(t.colStatus)}</th><th scope="col">${esc(t.colReported)}</th></tr></thead>
<tbody id="report-rows"></tbody></table></details>
</div>
<script src="/kaart/assets/leaflet.js"></script><script src="/kaart/assets/kaart.js"></script>`,
    `/kaart?lang=${lang === 'nl' ? 'en' : 'nl'}`,
  );
}

/** The public map of reports at /kaart, its script and Leaflet's files. */
export function mapPageRouter(): Router {
  const router = Router();
  router.use(
    '/kaart/assets',
    express.static(MAP_PUBLIC_DIR, { maxAge: '1h', index: false }),
    express.static(LEAFLET_DIR, { maxAge: '1d', index: false }),
  );
  router.get(
    '/kaart',
    rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE),
    async (req, res) => {
      const one = (v: unknown) => (typeof v === 'string' ? v : undefined);
      res.type('html').send(
        await renderMap(pageLanguage(req.query.lang), {
          category: one(req.query.category),
          status: one(req.query.status),
        }),
      );
    },
  );
  return router;
}
