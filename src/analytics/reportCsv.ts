import type { Language } from '../generated/prisma/enums';
import { toCsv, type CsvValue } from '../shared/csv';
import { decimal, wordOf, wordsFor } from '../shared/words';
import type { ReportName, Row } from './reports';

/** Column headers as the console's report tables name them. */
const HEADERS: Record<Language, Record<string, string>> = {
  nl: {
    day: 'Dag',
    week: 'Week (vanaf maandag)',
    channel: 'Kanaal',
    contacts: 'Contacten',
    appointments: 'Afspraken',
    share: 'Aandeel (%)',
    cancelled: 'Geannuleerd',
    product: 'Product',
    visitors: 'Bezoekers',
    walkIns: 'Zonder afspraak',
    weekday: 'Weekdag',
    hour: 'Uur',
    group: 'Groep',
    averageMinutes: 'Gemiddeld (min)',
    p90Minutes: '90e percentiel (min)',
    calledBeforeTime: 'Op tijd opgeroepen (%)',
    due: 'Afspraken',
    noShows: 'Niet gekomen',
    rate: 'Percentage',
    department: 'Dienst',
    tickets: 'Tickets',
    answered: 'Beantwoord',
    firstResponseAvgHours: 'Eerste antwoord gem. (u)',
    firstResponseP90Hours: 'Eerste antwoord P90 (u)',
    resolved: 'Opgelost',
    resolutionAvgHours: 'Oplossing gem. (u)',
    resolutionP90Hours: 'Oplossing P90 (u)',
    firstResponseMet: 'Eerste antwoord op tijd',
    firstResponseMissed: 'Eerste antwoord te laat',
    firstResponseCompliance: 'Eerste antwoord gehaald (%)',
    resolutionMet: 'Oplossing op tijd',
    resolutionMissed: 'Oplossing te laat',
    resolutionCompliance: 'Oplossing gehaald (%)',
    document: 'Document',
    requests: 'Aanvragen',
    online: 'Online',
    counter: 'Loket',
    phone: 'Telefoon',
    onlineShare: 'Online (%)',
    delivered: 'Geleverd',
    handlingAvgHours: 'Behandeltijd gem. (u)',
    deliveredOnTime: 'Op tijd geleverd',
    deliveredLate: 'Te laat',
    targetMet: 'Doel gehaald (%)',
    pickups: 'Af te halen',
    pickupsBooked: 'Afhaalmoment geboekt',
    pickedUp: 'Aangemeld aan de zuil',
  },
  en: {
    day: 'Day',
    week: 'Week (from Monday)',
    channel: 'Channel',
    contacts: 'Contacts',
    appointments: 'Appointments',
    share: 'Share (%)',
    cancelled: 'Cancelled',
    product: 'Product',
    visitors: 'Visitors',
    walkIns: 'Without appointment',
    weekday: 'Weekday',
    hour: 'Hour',
    group: 'Group',
    averageMinutes: 'Average (min)',
    p90Minutes: '90th percentile (min)',
    calledBeforeTime: 'Called on time (%)',
    due: 'Appointments',
    noShows: 'No-shows',
    rate: 'Rate',
    department: 'Department',
    tickets: 'Tickets',
    answered: 'Answered',
    firstResponseAvgHours: 'First response avg. (h)',
    firstResponseP90Hours: 'First response P90 (h)',
    resolved: 'Resolved',
    resolutionAvgHours: 'Resolution avg. (h)',
    resolutionP90Hours: 'Resolution P90 (h)',
    firstResponseMet: 'First response on time',
    firstResponseMissed: 'First response late',
    firstResponseCompliance: 'First response met (%)',
    resolutionMet: 'Resolution on time',
    resolutionMissed: 'Resolution late',
    resolutionCompliance: 'Resolution met (%)',
    document: 'Document',
    requests: 'Requests',
    online: 'Online',
    counter: 'Counter',
    phone: 'Phone',
    onlineShare: 'Online (%)',
    delivered: 'Delivered',
    handlingAvgHours: 'Handling avg. (h)',
    deliveredOnTime: 'Delivered on time',
    deliveredLate: 'Late',
    targetMet: 'Target met (%)',
    pickups: 'To pick up',
    pickupsBooked: 'Pick-up time booked',
    pickedUp: 'Checked in at the kiosk',
  },
};

const GROUPS: Record<Language, Record<string, string>> = {
  nl: { appointment: 'Met afspraak', 'walk-in': 'Zonder afspraak', all: 'Totaal' },
  en: { appointment: 'With appointment', 'walk-in': 'Without appointment', all: 'Total' },
};

/** One cell in the reader's words: channels and groups named, weekdays spelled out, decimals as they write them. */
function valueOf(report: ReportName, column: string, value: Row[string], language: Language): CsvValue {
  if (value === null) return null;
  const words = wordsFor(language);
  if (column === 'channel')
    return wordOf(report === 'appointment-channels' ? words.appointmentChannel : words.ticketChannel, String(value));
  if (column === 'group' || (['department', 'product', 'document', 'week'].includes(column) && value === 'all'))
    return wordOf(GROUPS[language], String(value));
  if (column === 'weekday' && typeof value === 'number') return words.weekday[value - 1] ?? value;
  if (typeof value === 'number') return decimal(value, language);
  return value;
}

/** A report as CSV for a spreadsheet in Belgium, in the language of the user who asks. */
export function reportCsv(report: ReportName, rows: Row[], language: Language): string {
  if (rows.length === 0) return toCsv([], []);
  const columns = Object.keys(rows[0]);
  const header = columns.map((c) => HEADERS[language][c] ?? c);
  return toCsv(
    header,
    rows.map((row) => columns.map((c) => valueOf(report, c, row[c], language))),
  );
}
