import { type RaRecord } from 'react-admin';
import { categoryName } from '../categories/categoryName';
import { csvExporter, type CsvColumn } from '../common/csvExporter';
import type { Category, Ticket } from '../types';
import { openDeadlines } from './sla';

// The columns of the ticket list, in its order; the SLA column gives the earliest running deadline.
const columns: CsvColumn<Ticket>[] = [
    { source: 'reference' },
    { source: 'subject' },
    { source: 'contactName' },
    { source: 'status', choices: 'resources.tickets.status' },
    { source: 'priority', choices: 'resources.tickets.priority' },
    { source: 'sla', date: true, value: (ticket) => openDeadlines(ticket)[0]?.dueAt },
    { source: 'channel', choices: 'resources.tickets.channel' },
    { source: 'departmentId', reference: { resource: 'departments' } },
    {
        source: 'categoryId',
        reference: { resource: 'categories', name: (c: RaRecord, locale) => categoryName(c as Category, locale) },
    },
    { source: 'assigneeId', reference: { resource: 'users' } },
    { source: 'createdAt', date: true },
];

export const ticketExporter = csvExporter<Ticket>('tickets', columns);
