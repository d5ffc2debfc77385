import type { Language } from '../generated/prisma/enums';
import { wordOf, wordsFor, type Words } from '../shared/words';
import type { Reason } from './rules';

/** Names the reason's ids stand for, looked up by the caller (categories have no name inside the rule engine). */
export interface ReasonNames {
  categories?: ReadonlyMap<string, string>;
}

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** The reason with this code (a member of Reason may carry two codes, e.g. channel_in and channel_not_in). */
type ReasonOf<C, R = Reason> = R extends { code: infer K } ? (C extends K ? R : never) : never;
type Sentences = { [C in Reason['code']]: (r: ReasonOf<C>, w: Words, n: ReasonNames) => string };

const channels = (w: Words, codes: readonly string[]) => codes.map((c) => wordOf(w.ticketChannel, c)).join(', ');
const languages = (w: Words, codes: readonly string[]) => codes.map((c) => wordOf(w.language, c)).join(', ');
const category = (n: ReasonNames, id: string) => n.categories?.get(id) ?? id;
const weekdays = (w: Words, days: readonly number[]) => days.map((d) => w.weekday[d - 1] ?? String(d)).join(', ');

const NL: Sentences = {
  channel_in: (r, w) => `Kanaal ${wordOf(w.ticketChannel, r.channel)} is een van: ${channels(w, r.wanted)}`,
  channel_not_in: (r, w) => `Kanaal ${wordOf(w.ticketChannel, r.channel)} is geen van: ${channels(w, r.wanted)}`,
  no_category: () => 'Het ticket heeft geen categorie',
  category_in: (r, _w, n) => `Categorie ${category(n, r.categoryId)} staat in de lijst`,
  category_not_in: (r, _w, n) => `Categorie ${category(n, r.categoryId)} staat niet in de lijst`,
  words_found: (r) => `Onderwerp of tekst bevat ${quoted(r.words)}`,
  words_none: (r) => `Onderwerp en tekst bevatten geen van ${quoted(r.words)}`,
  no_sender_email: () => 'Het ticket heeft geen e-mailadres van de afzender',
  sender_matches: (r) => `Afzender ${r.email} past bij ${r.pattern}`,
  sender_matches_none: (r) => `Afzender ${r.email} past bij geen van: ${r.patterns.join(', ')}`,
  no_sender_phone: () => 'Het ticket heeft geen telefoonnummer van de afzender',
  phone_starts: (r) => `Telefoonnummer ${r.phone} begint met ${r.prefix}`,
  phone_starts_none: (r) => `Telefoonnummer ${r.phone} begint met geen van: ${r.prefixes.join(', ')}`,
  language_in: (r, w) => `Taal ${wordOf(w.language, r.language)} is een van: ${languages(w, r.wanted)}`,
  language_not_in: (r, w) => `Taal ${wordOf(w.language, r.language)} is geen van: ${languages(w, r.wanted)}`,
  no_location: () => 'Het ticket heeft geen locatie',
  in_zone: (r) => `Locatie ${r.location} ligt in zone ${r.zone}`,
  in_no_zone: (r) => `Locatie ${r.location} ligt in geen van de zones ${r.zones.join(', ')}`,
  time_within: (r, w) =>
    `Ontvangen op ${w.weekday[r.weekday - 1]} om ${r.time} (Brusselse tijd), binnen ${r.from}–${r.to}${r.weekdays ? `, beginnend op ${weekdays(w, r.weekdays)}` : ''}`,
  time_outside: (r, w) =>
    `Ontvangen op ${w.weekday[r.weekday - 1]} om ${r.time} (Brusselse tijd), buiten ${r.from}–${r.to}${r.weekdays ? `, beginnend op ${weekdays(w, r.weekdays)}` : ''}`,
  no_calendar: () => 'Voor dit ticket zijn geen openingsuren bekend',
  received_during_hours: () => 'Ontvangen tijdens de openingsuren',
  received_outside_hours: () => 'Ontvangen buiten de openingsuren',
};

const EN: Sentences = {
  channel_in: (r, w) => `Channel ${wordOf(w.ticketChannel, r.channel)} is one of: ${channels(w, r.wanted)}`,
  channel_not_in: (r, w) => `Channel ${wordOf(w.ticketChannel, r.channel)} is none of: ${channels(w, r.wanted)}`,
  no_category: () => 'The ticket has no category',
  category_in: (r, _w, n) => `Category ${category(n, r.categoryId)} is in the list`,
  category_not_in: (r, _w, n) => `Category ${category(n, r.categoryId)} is not in the list`,
  words_found: (r) => `Subject or body contains ${quoted(r.words)}`,
  words_none: (r) => `Subject and body contain none of ${quoted(r.words)}`,
  no_sender_email: () => 'The ticket has no sender email address',
  sender_matches: (r) => `Sender ${r.email} matches ${r.pattern}`,
  sender_matches_none: (r) => `Sender ${r.email} matches none of: ${r.patterns.join(', ')}`,
  no_sender_phone: () => 'The ticket has no sender phone number',
  phone_starts: (r) => `Phone number ${r.phone} starts with ${r.prefix}`,
  phone_starts_none: (r) => `Phone number ${r.phone} starts with none of: ${r.prefixes.join(', ')}`,
  language_in: (r, w) => `Language ${wordOf(w.language, r.language)} is one of: ${languages(w, r.wanted)}`,
  language_not_in: (r, w) => `Language ${wordOf(w.language, r.language)} is none of: ${languages(w, r.wanted)}`,
  no_location: () => 'The ticket has no location',
  in_zone: (r) => `Location ${r.location} is in zone ${r.zone}`,
  in_no_zone: (r) => `Location ${r.location} is in none of the zones ${r.zones.join(', ')}`,
  time_within: (r, w) =>
    `Received on ${w.weekday[r.weekday - 1]} at ${r.time} (Brussels time), within ${r.from}–${r.to}${r.weekdays ? `, starting on ${weekdays(w, r.weekdays)}` : ''}`,
  time_outside: (r, w) =>
    `Received on ${w.weekday[r.weekday - 1]} at ${r.time} (Brussels time), outside ${r.from}–${r.to}${r.weekdays ? `, starting on ${weekdays(w, r.weekdays)}` : ''}`,
  no_calendar: () => 'No opening hours are known for this ticket',
  received_during_hours: () => 'Received during opening hours',
  received_outside_hours: () => 'Received outside opening hours',
};

const SENTENCES: Record<Language, Sentences> = { nl: NL, en: EN };

/** The dry run's reason as one sentence in the reader's language. */
export function explainReason(reason: Reason, language: Language, names: ReasonNames = {}): string {
  const sentence = SENTENCES[language][reason.code] as (r: Reason, w: Words, n: ReasonNames) => string;
  return sentence(reason, wordsFor(language), names);
}
