import { Router } from 'express';
import { config } from '../config';
import { rateLimit } from '../http/rateLimit';
import { esc, layout, pageLanguage, type PageLanguage } from '../pages/html';

/**
 * The accessibility statement (toegankelijkheidsverklaring) that the Flemish decree of 7 December 2018 asks of every
 * public body's website, following the EU model: status, what is known not to comply, when it was assessed, how to
 * report a problem and what to do when the answer does not satisfy. Only the contact, date and status are settings
 * (plain values, escaped): the rest describes this software, and changes with it.
 */
type Status = 'full' | 'partial' | 'none';

interface Words {
  title: string;
  intro: (town: string) => string;
  scopeTitle: string;
  scope: string;
  statusTitle: string;
  status: Record<Status, string>;
  issuesTitle: string;
  issuesIntro: string;
  issues: string[];
  outOfScopeTitle: string;
  outOfScope: string[];
  madeTitle: string;
  made: (date: string) => string;
  method: string;
  feedbackTitle: string;
  feedback: string;
  email: string;
  phone: string;
  form: string;
  formLink: string;
  answer: string;
  enforcementTitle: string;
  enforcement: string;
  ombudsLink: string;
}

const T: Record<PageLanguage, Words> = {
  nl: {
    title: 'Toegankelijkheidsverklaring',
    intro: (town) =>
      `${town} wil dat iedereen deze website kan gebruiken, ook wie slecht ziet, niet met een muis werkt of een schermlezer gebruikt. Dat vraagt ook het decreet van 7 december 2018 betreffende de toegankelijkheid van websites en mobiele applicaties van overheidsinstanties.`,
    scopeTitle: 'Waarvoor geldt deze verklaring?',
    scope:
      'Voor de publieke pagina’s van ons contactpunt: het contactformulier, de pagina waarop u uw dossier volgt, het afmelden voor berichten, het maken, verplaatsen en annuleren van een afspraak en de kaart met meldingen.',
    statusTitle: 'Nalevingsstatus',
    status: {
      full: 'Deze pagina’s voldoen volledig aan de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, zoals de Europese norm EN 301 549 ze vraagt.',
      partial:
        'Deze pagina’s voldoen gedeeltelijk aan de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, zoals de Europese norm EN 301 549 ze vraagt. Wat nog niet voldoet, staat hieronder.',
      none: 'Deze pagina’s voldoen nog niet aan de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, zoals de Europese norm EN 301 549 ze vraagt. Wat niet voldoet, staat hieronder.',
    },
    issuesTitle: 'Wat nog niet toegankelijk is',
    issuesIntro: 'Deze onderdelen voldoen nog niet, en zo kunt u er toch mee verder:',
    issues: [
      'Op de kaart met meldingen kunt u een plaats alleen met een muis of een vinger aanwijzen. Met het toetsenbord verschuift u de kaart met de pijltjestoetsen en meldt u op het midden van de kaart; u kunt ook altijd het contactformulier gebruiken en het adres intypen.',
      'De kaartbeelden zelf komen van een externe kaartdienst en hebben geen tekstalternatief. Een plaats melden kan ook met het adres, in het contactformulier.',
      'Foto’s en documenten die u of onze medewerkers toevoegen aan een dossier, controleren we niet op toegankelijkheid. Vraag ons gerust een andere vorm.',
    ],
    outOfScopeTitle: 'Buiten het toepassingsgebied',
    outOfScope: [
      'Het scherm in de wachtzaal en de zuil aan het onthaal zijn toestellen in het gemeentehuis; onze medewerkers helpen u daar ter plaatse.',
    ],
    madeTitle: 'Opstelling van deze verklaring',
    made: (date) => `Deze verklaring werd opgesteld of laatst herzien op ${date}.`,
    method:
      'We beoordeelden de pagina’s zelf: bij elke wijziging controleert een automatische test elke pagina met axe-core op de regels van WCAG 2.1 A en AA, en doorlopen testen het contactformulier, een afspraak maken en een afspraak annuleren met alleen het toetsenbord.',
    feedbackTitle: 'Een probleem melden',
    feedback:
      'Loopt u op deze pagina’s vast, of vindt u iets niet toegankelijk? Laat het ons weten, en zeg op welke pagina. Dan helpen we u verder en zoeken we een oplossing.',
    email: 'E-mail',
    phone: 'Telefoon',
    form: 'Of gebruik',
    formLink: 'ons contactformulier',
    answer:
      'U krijgt een ontvangstbevestiging en een antwoord binnen de 30 dagen. Hebt u intussen de informatie of de dienst nodig, dan bieden we ze u op een andere manier aan.',
    enforcementTitle: 'Handhavingsprocedure',
    enforcement:
      'Bent u niet tevreden met ons antwoord, of krijgt u geen antwoord, dan kunt u een klacht indienen bij de Vlaamse Ombudsdienst. Dat is gratis.',
    ombudsLink: 'Klacht indienen bij de Vlaamse Ombudsdienst',
  },
  en: {
    title: 'Accessibility statement',
    intro: (town) =>
      `${town} wants everyone to be able to use this website, including people with low vision, who do not use a mouse or who use a screen reader. The Flemish decree of 7 December 2018 on the accessibility of public bodies' websites and mobile applications asks the same.`,
    scopeTitle: 'What this statement covers',
    scope:
      'The public pages of our contact point: the contact form, the page where you follow your case, unsubscribing from updates, booking, moving and cancelling an appointment, and the map of reports.',
    statusTitle: 'Compliance status',
    status: {
      full: 'These pages fully comply with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA, as required by the European standard EN 301 549.',
      partial:
        'These pages partially comply with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA, as required by the European standard EN 301 549. What does not comply yet is listed below.',
      none: 'These pages do not yet comply with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA, as required by the European standard EN 301 549. What does not comply is listed below.',
    },
    issuesTitle: 'What is not accessible yet',
    issuesIntro: 'These parts do not comply yet, and this is how you can still go ahead:',
    issues: [
      'On the map of reports you can only point at a place with a mouse or a finger. With the keyboard you move the map with the arrow keys and report at the centre of the map; you can always use the contact form and type the address instead.',
      'The map images come from an external map service and have no text alternative. You can also report a place by its address, in the contact form.',
      'Photos and documents that you or our staff add to a case are not checked for accessibility. Feel free to ask us for another format.',
    ],
    outOfScopeTitle: 'Out of scope',
    outOfScope: [
      'The waiting-room screen and the kiosk at the reception are devices in the town hall; our staff help you there in person.',
    ],
    madeTitle: 'Preparation of this statement',
    made: (date) => `This statement was prepared or last reviewed on ${date}.`,
    method:
      'We assessed the pages ourselves: with every change an automated test checks every page with axe-core against the WCAG 2.1 A and AA rules, and tests go through the contact form, booking an appointment and cancelling it with the keyboard only.',
    feedbackTitle: 'Reporting a problem',
    feedback:
      'Are you stuck on these pages, or is something not accessible to you? Let us know, and tell us which page. We will help you further and look for a solution.',
    email: 'Email',
    phone: 'Phone',
    form: 'Or use',
    formLink: 'our contact form',
    answer:
      'You will receive an acknowledgement and an answer within 30 days. If you need the information or service in the meantime, we will offer it to you another way.',
    enforcementTitle: 'Enforcement procedure',
    enforcement:
      'If you are not satisfied with our answer, or you do not get one, you can lodge a complaint with the Flemish Ombudsman (Vlaamse Ombudsdienst). This is free of charge.',
    ombudsLink: 'Lodge a complaint with the Flemish Ombudsman',
  },
};

const OMBUDS_URL = 'https://www.vlaamseombudsdienst.be';

/** The statement's date in words, in Brussels (a bare date: noon UTC falls on the same day there). */
function longDate(lang: PageLanguage, isoDate: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

export function renderStatement(lang: PageLanguage): string {
  const t = T[lang];
  const c = config();
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
  const status = c.ACCESSIBILITY_STATUS as Status;
  const contact = [
    c.ACCESSIBILITY_CONTACT_EMAIL
      ? `<li>${t.email}: <a href="mailto:${esc(c.ACCESSIBILITY_CONTACT_EMAIL)}">${esc(c.ACCESSIBILITY_CONTACT_EMAIL)}</a></li>`
      : '',
    c.ACCESSIBILITY_CONTACT_PHONE
      ? `<li>${t.phone}: <a href="tel:${esc(c.ACCESSIBILITY_CONTACT_PHONE.replace(/[^+0-9]/g, ''))}">${esc(c.ACCESSIBILITY_CONTACT_PHONE)}</a></li>`
      : '',
    `<li>${t.form} <a href="/contact${lang === 'en' ? '?lang=en' : ''}">${t.formLink}</a>.</li>`,
  ].join('');
  return `<h1>${t.title}</h1>
<p>${esc(t.intro(c.MUNICIPALITY_NAME))}</p>
<h2>${t.scopeTitle}</h2><p>${esc(t.scope)}</p>
<h2>${t.statusTitle}</h2><p id="compliance-status">${esc(t.status[status])}</p>
${status === 'full' ? '' : `<h2>${t.issuesTitle}</h2><p>${esc(t.issuesIntro)}</p>${list(t.issues)}`}
<h2>${t.outOfScopeTitle}</h2>${list(t.outOfScope)}
<h2>${t.madeTitle}</h2><p id="statement-date">${esc(t.made(longDate(lang, c.ACCESSIBILITY_STATEMENT_DATE)))}</p><p>${esc(t.method)}</p>
<h2>${t.feedbackTitle}</h2><p>${esc(t.feedback)}</p><ul id="statement-contact">${contact}</ul><p>${esc(t.answer)}</p>
<h2>${t.enforcementTitle}</h2><p>${esc(t.enforcement)}</p><p><a href="${OMBUDS_URL}">${t.ombudsLink}</a></p>`;
}

/** /toegankelijkheid in Dutch, ?lang=en in English; the footer of every public page links here. */
export function accessibilityPageRouter(): Router {
  const router = Router();
  const reads = rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE);
  router.get('/toegankelijkheid', reads, (req, res) => {
    const lang = pageLanguage(req.query.lang);
    res
      .type('html')
      .send(
        layout(lang, T[lang].title, renderStatement(lang), `/toegankelijkheid?lang=${lang === 'nl' ? 'en' : 'nl'}`),
      );
  });
  return router;
}
