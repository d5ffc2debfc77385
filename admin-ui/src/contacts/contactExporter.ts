import { csvExporter, type CsvColumn } from '../common/csvExporter';
import type { Contact } from '../types';

// The columns of the contact list, in its order.
const columns: CsvColumn<Contact>[] = [
    { source: 'name' },
    { source: 'emails' },
    { source: 'phones' },
    { source: 'language', choices: 'app.language' },
    { source: 'ticketCount' },
    { source: 'createdAt', date: true },
];

export const contactExporter = csvExporter<Contact>('contacts', columns);
