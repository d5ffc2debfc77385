import { createEvent } from 'ics';
import { DateTime } from 'luxon';
import type { Language } from '../generated/prisma/enums';
import { config } from '../config';
import { layout, type Rendered } from '../notifications/templates';
import { mailDomain } from '../notifications/messageIds';
import { BRUSSELS } from '../shared/dates';

export type AppointmentMessage = 'confirmed' | 'rescheduled' | 'cancelled' | 'reminder';

/** The QR code of the appointment code, attached to the mail and shown in it. */
export const QR_CID = 'afspraakcode-qr';

export interface AppointmentFacts {
  id: string;
  code: string;
  name: string;
  serviceName: string;
  documents: string[];
  priceNote: string | null;
  start: Date;
  end: Date;
  location: { name: string; address: string | null };
  manageUrl: string;
  /** grows with every change, so calendar programs replace the event */
  sequence: number;
}

const when = (lang: Language, d: Date) =>
  DateTime.fromJSDate(d, { zone: BRUSSELS })
    .setLocale(lang === 'en' ? 'en-GB' : 'nl-BE')
    .toFormat(lang === 'en' ? "cccc d LLLL yyyy 'at' HH:mm" : "cccc d LLLL yyyy 'om' HH:mm");

const TEXT = {
  nl: {
    subject: {
      confirmed: 'Uw afspraak',
      rescheduled: 'Uw afspraak is verplaatst',
      cancelled: 'Uw afspraak is geannuleerd',
      reminder: 'Herinnering: uw afspraak',
    },
    intro: {
      confirmed: (f: AppointmentFacts) => `Uw afspraak voor ${f.serviceName} staat vast op ${when('nl', f.start)}.`,
      rescheduled: (f: AppointmentFacts) =>
        `Uw afspraak voor ${f.serviceName} is verplaatst naar ${when('nl', f.start)}.`,
      cancelled: (f: AppointmentFacts) =>
        `Uw afspraak voor ${f.serviceName} op ${when('nl', f.start)} is geannuleerd. U hoeft niet te komen.`,
      reminder: (f: AppointmentFacts) => `We verwachten u ${when('nl', f.start)} voor ${f.serviceName}.`,
    },
    where: 'Waar',
    code: 'Uw afspraakcode (voor de onthaalzuil)',
    qr: 'QR-code om in te checken aan de onthaalzuil:',
    bring: 'Breng mee',
    price: 'Prijs',
    manage: 'Verplaatsen of annuleren',
    rebook: 'Een nieuwe afspraak maken',
    greeting: (n: string) => `Beste ${n},`,
    closing: 'Met vriendelijke groeten',
    sms: {
      confirmed: (f: AppointmentFacts) =>
        `afspraak ${f.serviceName} op ${when('nl', f.start)}, ${f.location.name}. Code ${f.code}. Verplaatsen/annuleren: ${f.manageUrl}`,
      rescheduled: (f: AppointmentFacts) =>
        `uw afspraak ${f.serviceName} is verplaatst naar ${when('nl', f.start)}. Code ${f.code}. ${f.manageUrl}`,
      cancelled: (f: AppointmentFacts) => `uw afspraak ${f.serviceName} op ${when('nl', f.start)} is geannuleerd.`,
      reminder: (f: AppointmentFacts) =>
        `herinnering: afspraak ${f.serviceName} ${when('nl', f.start)}, ${f.location.name}. Code ${f.code}. Verplaatsen/annuleren: ${f.manageUrl}`,
    },
  },
  en: {
    subject: {
      confirmed: 'Your appointment',
      rescheduled: 'Your appointment was moved',
      cancelled: 'Your appointment was cancelled',
      reminder: 'Reminder: your appointment',
    },
    intro: {
      confirmed: (f: AppointmentFacts) =>
        `Your appointment for ${f.serviceName} is confirmed for ${when('en', f.start)}.`,
      rescheduled: (f: AppointmentFacts) =>
        `Your appointment for ${f.serviceName} was moved to ${when('en', f.start)}.`,
      cancelled: (f: AppointmentFacts) =>
        `Your appointment for ${f.serviceName} on ${when('en', f.start)} was cancelled. You do not need to come.`,
      reminder: (f: AppointmentFacts) => `We expect you ${when('en', f.start)} for ${f.serviceName}.`,
    },
    where: 'Where',
    code: 'Your appointment code (for the check-in kiosk)',
    qr: 'QR code to check in at the kiosk:',
    bring: 'Please bring',
    price: 'Price',
    manage: 'Move or cancel',
    rebook: 'Make a new appointment',
    greeting: (n: string) => `Dear ${n},`,
    closing: 'Kind regards',
    sms: {
      confirmed: (f: AppointmentFacts) =>
        `appointment ${f.serviceName} on ${when('en', f.start)}, ${f.location.name}. Code ${f.code}. Move/cancel: ${f.manageUrl}`,
      rescheduled: (f: AppointmentFacts) =>
        `your appointment ${f.serviceName} was moved to ${when('en', f.start)}. Code ${f.code}. ${f.manageUrl}`,
      cancelled: (f: AppointmentFacts) => `your appointment ${f.serviceName} on ${when('en', f.start)} was cancelled.`,
      reminder: (f: AppointmentFacts) =>
        `reminder: appointment ${f.serviceName} ${when('en', f.start)}, ${f.location.name}. Code ${f.code}. Move/cancel: ${f.manageUrl}`,
    },
  },
} as const;

/** The email: when, where, the code for the kiosk, what to bring, the price, and the link to move or cancel. */
export function appointmentEmail(lang: Language, kind: AppointmentMessage, f: AppointmentFacts): Rendered {
  const t = TEXT[lang];
  const town = config().MUNICIPALITY_NAME;
  const place = [f.location.name, f.location.address].filter(Boolean).join(', ');
  const lines = [t.greeting(f.name), t.intro[kind](f)];
  if (kind !== 'cancelled') {
    lines.push(`${t.where}: ${place}`, `${t.code}: ${f.code}`);
    if (f.documents.length) lines.push(`${t.bring}:\n${f.documents.map((d) => `- ${d}`).join('\n')}`);
    if (f.priceNote) lines.push(`${t.price}: ${f.priceNote}`);
  }
  lines.push(`${t.closing},\n${town}`);
  const link =
    kind === 'cancelled'
      ? { url: `${config().PUBLIC_URL}/afspraak`, label: t.rebook }
      : { url: f.manageUrl, label: t.manage };
  const qr =
    kind === 'cancelled' ? '' : `<p><img src="cid:${QR_CID}" width="160" height="160" alt="${t.qr} ${f.code}"></p>`;
  return {
    subject: `${t.subject[kind]}: ${f.serviceName} – ${when(lang, f.start)}`,
    text: `${lines.join('\n\n')}\n\n${link.label}: ${link.url}\n`,
    html: layout(lines, link).replace('</body>', `${qr}</body>`),
  };
}

export function appointmentSms(lang: Language, kind: AppointmentMessage, f: AppointmentFacts): Rendered {
  return { subject: '', html: '', text: `${config().MUNICIPALITY_NAME}: ${TEXT[lang].sms[kind](f)}` };
}

/** The calendar invitation: one UID per appointment, a higher SEQUENCE per change, CANCEL when it is off. */
export function appointmentIcs(
  lang: Language,
  kind: AppointmentMessage,
  f: AppointmentFacts,
): { method: 'PUBLISH' | 'CANCEL'; content: string } {
  const method = kind === 'cancelled' ? 'CANCEL' : 'PUBLISH';
  const utc = (d: Date): [number, number, number, number, number] => [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  ];
  const t = TEXT[lang];
  const { error, value } = createEvent({
    uid: `appointment-${f.id}@${mailDomain()}`,
    method,
    sequence: f.sequence,
    status: kind === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    start: utc(f.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utc(f.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `${f.serviceName} – ${config().MUNICIPALITY_NAME}`,
    location: [f.location.name, f.location.address].filter(Boolean).join(', '),
    description: [
      `${t.code}: ${f.code}`,
      f.documents.length ? `${t.bring}: ${f.documents.join('; ')}` : '',
      `${t.manage}: ${f.manageUrl}`,
    ]
      .filter(Boolean)
      .join('\n'),
    url: f.manageUrl,
    productId: 'voordeur',
  });
  if (error || !value) throw new Error(`could not make the calendar invitation: ${error?.message ?? 'empty'}`);
  return { method, content: value };
}
