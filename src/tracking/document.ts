import { esc, type PageLanguage } from '../pages/html';
import type { documentForCitizen } from '../eloket/delivery';

type CitizenDocument = NonNullable<Awaited<ReturnType<typeof documentForCitizen>>>;

const T = {
  nl: {
    title: 'Uw document',
    preparing: 'We maken uw document klaar. U krijgt een bericht zodra het er is.',
    download: 'Download uw document (pdf)',
    until: (d: string) => `Deze link werkt tot ${d}.`,
    expired: 'De downloadlink is verlopen. Vraag hieronder een nieuwe aan.',
    posted: (d: string) => `Uw document werd op ${d} met de post verstuurd.`,
    ready: 'Uw document ligt klaar om af te halen aan het loket. Kies een moment:',
    slot: 'Moment om af te halen',
    book: 'Dit moment kiezen',
    noSlots: 'Er is de komende twee weken geen moment vrij om af te halen.',
    walkIn: 'U kunt ook zonder afspraak langskomen tijdens de vrije uren; noem dan uw referentie.',
    booked: (d: string, code: string) =>
      `U komt uw document afhalen op ${d}. Meld u aan de zuil aan met de code ${code}.`,
  },
  en: {
    title: 'Your document',
    preparing: 'We are preparing your document. You will get a message as soon as it is ready.',
    download: 'Download your document (PDF)',
    until: (d: string) => `This link works until ${d}.`,
    expired: 'The download link has expired. Ask for a new one below.',
    posted: (d: string) => `Your document was posted on ${d}.`,
    ready: 'Your document is ready to be picked up at the counter. Choose a time:',
    slot: 'Time to pick it up',
    book: 'Choose this time',
    noSlots: 'There is no free time to pick it up in the next two weeks.',
    walkIn: 'You can also come without an appointment during walk-in hours; give your reference.',
    booked: (d: string, code: string) =>
      `You pick up your document on ${d}. Check in at the kiosk with the code ${code}.`,
  },
} as const;

/** The document part of a document request's tracking page: its download link, post date or pick-up time. */
export function renderDocument(
  lang: PageLanguage,
  base: string,
  doc: CitizenDocument,
  slots: Date[],
  format: (d: Date) => string,
  error?: string,
): string {
  const t = T[lang];
  const q = lang === 'en' ? '?lang=en' : '';
  let body: string;
  if (doc.delivery === 'email' && doc.downloadToken && doc.downloadExpiresAt) {
    body =
      doc.downloadExpiresAt.getTime() > Date.now()
        ? `<p><a href="/e-loket/download/${esc(encodeURIComponent(doc.downloadToken))}${q}" data-testid="document-download">${t.download}</a></p><p class="hint">${esc(t.until(format(doc.downloadExpiresAt)))}</p>`
        : `<p>${t.expired}</p>`;
  } else if (doc.delivery === 'post' && doc.deliveredAt) {
    body = `<p>${esc(t.posted(format(doc.deliveredAt)))}</p>`;
  } else if (doc.pickupAppointment) {
    body = `<p>${esc(t.booked(format(doc.pickupAppointment.startsAt), doc.pickupAppointment.code))}</p>`;
  } else if (doc.readyForPickup) {
    const options = slots.map((s) => `<option value="${s.toISOString()}">${esc(format(s))}</option>`).join('');
    body = `<p>${t.ready}</p>${
      slots.length
        ? `<form method="post" action="${base}/afhalen${q}"><div class="${error ? 'field-error' : ''}"><label for="start">${t.slot}</label>${
            error ? `<p class="error" id="start-error">${esc(error)}</p>` : ''
          }<select id="start" name="start"${error ? ' aria-invalid="true" aria-describedby="start-error"' : ''}>${options}</select></div><button type="submit">${t.book}</button></form>`
        : `<p>${t.noSlots}</p>`
    }<p>${t.walkIn}</p>`;
  } else body = `<p>${t.preparing}</p>`;
  return `<h2 id="document">${t.title}: ${esc(lang === 'en' ? doc.nameEn : doc.nameNl)}</h2>${body}`;
}
