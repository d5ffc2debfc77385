import type { Language } from '../generated/prisma/enums';
import { channelRegistry } from './channelRegistry';

/**
 * The words for the codes the console and exports show (channels, statuses, weekdays…), in the user's language.
 * The console has the same words in admin-ui/src/i18n; these serve what the server itself writes for a user. A
 * channel's name comes from its definition (src/channels/<name>/channel.ts).
 */
const WORDS = {
  nl: {
    get ticketChannel() {
      return channelRegistry.names('nl');
    },
    appointmentChannel: { online: 'Online', phone: 'Telefoon', counter: 'Loket', walk_in: 'Zonder afspraak' },
    ticketStatus: {
      new: 'Nieuw',
      open: 'Open',
      pending_citizen: 'Wacht op burger',
      resolved: 'Opgelost',
      closed: 'Gesloten',
    },
    priority: { low: 'laag', normal: 'normaal', high: 'hoog', urgent: 'dringend' },
    language: { nl: 'Nederlands', en: 'Engels' },
    weekday: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    yes: 'Ja',
    no: 'Nee',
    outsideTown:
      'Deze plek ligt buiten de gemeente, dus we kunnen er geen melding voor aannemen. Kies een plek binnen de gemeentegrens.',
  },
  en: {
    get ticketChannel() {
      return channelRegistry.names('en');
    },
    appointmentChannel: { online: 'Online', phone: 'Phone', counter: 'Counter', walk_in: 'Walk-in' },
    ticketStatus: {
      new: 'New',
      open: 'Open',
      pending_citizen: 'Waiting for citizen',
      resolved: 'Resolved',
      closed: 'Closed',
    },
    priority: { low: 'low', normal: 'normal', high: 'high', urgent: 'urgent' },
    language: { nl: 'Dutch', en: 'English' },
    weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    yes: 'Yes',
    no: 'No',
    outsideTown:
      'This place is outside the municipality, so we cannot take a report for it. Choose a place within the town boundary.',
  },
} as const;

export type Words = (typeof WORDS)[Language];

export const wordsFor = (language: Language): Words => WORDS[language] ?? WORDS.nl;

/** A code's word from one of the tables above, or the code itself when a newer code has no word yet. */
export function wordOf(table: Readonly<Record<string, string>>, code: string): string {
  return table[code] ?? code;
}

/** A number as the reader writes it: 12,5 in Dutch, 12.5 in English. */
export function decimal(value: number, language: Language): string {
  return language === 'nl' ? String(value).replace('.', ',') : String(value);
}
