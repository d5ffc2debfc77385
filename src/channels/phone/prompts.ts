import type { TicketStatus } from '../../generated/prisma/enums';

export type CallLanguage = 'nl' | 'en';

/** What the central line says, Dutch first; one place so an administrator's wording change touches one file. */
export const PROMPTS = {
  nl: {
    welcome: (town: string) => `Welkom bij ${town}.`,
    menu:
      'Voor een afspraak, druk 1 of zeg afspraak. Om een probleem te melden, druk 2 of zeg melding. ' +
      'Voor de stand van uw dossier, druk 3 of zeg dossier. Voor een medewerker, druk 0 of zeg medewerker. For English, press 9.',
    notUnderstood: 'Sorry, dat heb ik niet begrepen.',
    askReference:
      'Tik de acht cijfers van uw dossiernummer in, gevolgd door een hekje. U vindt het nummer in onze bevestiging, na V D.',
    badReference: 'Dat dossiernummer klopt niet. Kijk het na en probeer opnieuw.',
    unknownReference: 'Wij vinden geen dossier met dat nummer.',
    status: (reference: string, status: TicketStatus, department?: string) =>
      `Dossier ${spell(reference)} is ${STATUS_NL[status]}${department ? `, bij de dienst ${department}` : ''}.`,
    goodbye: 'Bedankt voor uw oproep. Tot ziens.',
    connecting: 'Even geduld, wij verbinden u door.',
    closedNow: 'Onze telefonische dienstverlening is op dit moment gesloten.',
    closedHours: 'U belt buiten onze openingsuren.',
    noAnswer: 'Al onze medewerkers zijn in gesprek.',
    voicemail:
      'Spreek na de toon uw naam, uw vraag en uw telefoonnummer in. Wij bellen u zo snel mogelijk terug. Druk op een toets om te eindigen.',
    voicemailThanks: 'Bedankt, wij hebben uw bericht goed ontvangen.',
    queuePosition: (n: number) => (n <= 1 ? 'U bent de volgende.' : `U bent nummer ${n} in de wachtrij.`),
    callbackIntro: (reference: string) =>
      `U belt een burger terug voor dossier ${spell(reference)}. Wij verbinden u nu.`,
    technicalProblem: 'Door een technisch probleem kunnen wij uw oproep nu niet behandelen. Probeer later opnieuw.',
  },
  en: {
    welcome: (town: string) => `Welcome to ${town}.`,
    menu:
      'For an appointment, press 1 or say appointment. To report a problem, press 2 or say report. ' +
      'For the status of your case, press 3 or say status. To speak to someone, press 0 or say agent.',
    notUnderstood: 'Sorry, I did not understand that.',
    askReference:
      'Key in the eight digits of your case number, followed by the hash key. You will find it in our confirmation, after V D.',
    badReference: 'That case number is not right. Please check it and try again.',
    unknownReference: 'We cannot find a case with that number.',
    status: (reference: string, status: TicketStatus, department?: string) =>
      `Case ${spell(reference)} is ${STATUS_EN[status]}${department ? `, with the department ${department}` : ''}.`,
    goodbye: 'Thank you for calling. Goodbye.',
    connecting: 'Please hold while we put you through.',
    closedNow: 'Our phone service is closed at the moment.',
    closedHours: 'You are calling outside our opening hours.',
    noAnswer: 'All our staff are busy.',
    voicemail:
      'After the tone, please leave your name, your question and your phone number. We will call you back as soon as we can. Press any key to finish.',
    voicemailThanks: 'Thank you, we have received your message.',
    queuePosition: (n: number) => (n <= 1 ? 'You are next in line.' : `You are number ${n} in the queue.`),
    callbackIntro: (reference: string) =>
      `You are calling back a citizen about case ${spell(reference)}. Connecting you now.`,
    technicalProblem: 'Because of a technical problem we cannot take your call now. Please try again later.',
  },
} as const;

const STATUS_NL: Record<TicketStatus, string> = {
  new: 'ontvangen en wacht op behandeling',
  open: 'in behandeling',
  pending_citizen: 'in afwachting van een antwoord van u',
  resolved: 'afgehandeld',
  closed: 'afgesloten',
};
const STATUS_EN: Record<TicketStatus, string> = {
  new: 'received and waiting to be handled',
  open: 'being handled',
  pending_citizen: 'waiting for an answer from you',
  resolved: 'resolved',
  closed: 'closed',
};

/** "VD-4821-9377" read digit by digit, so speech synthesis does not say "four thousand eight hundred…". */
export function spell(reference: string): string {
  return reference.replace(/^VD-/, '').replace(/-/g, '').split('').join(' ');
}

/** The menu choice a caller made by key or by voice. */
export type MenuChoice = 'appointments' | 'reports' | 'status' | 'agent' | 'english';

export function menuChoice(digits: string | undefined, speech: string | undefined): MenuChoice | undefined {
  const key = digits?.trim().charAt(0);
  const byKey: Record<string, MenuChoice> = {
    '1': 'appointments',
    '2': 'reports',
    '3': 'status',
    '0': 'agent',
    '9': 'english',
  };
  if (key && byKey[key]) return byKey[key];
  const said = (speech ?? '').toLowerCase();
  if (!said) return undefined;
  if (/afspraak|appointment/.test(said)) return 'appointments';
  if (/meld|probleem|defect|kapot|report|problem/.test(said)) return 'reports';
  if (/dossier|status|stand van zaken|case/.test(said)) return 'status';
  if (/medewerker|iemand|persoon|operator|agent|someone|person/.test(said)) return 'agent';
  if (/english|engels/.test(said)) return 'english';
  return undefined;
}
