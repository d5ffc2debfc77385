import { type RaRecord } from 'react-admin';
import { csvExporter, type CsvColumn } from '../common/csvExporter';
import { productName } from '../products/productName';
import type { Appointment, Product } from '../types';

// The columns of the appointment list, in its order.
const columns: CsvColumn<Appointment>[] = [
    { source: 'startsAt', date: true },
    { source: 'code' },
    {
        source: 'serviceId',
        reference: { resource: 'services', name: (p: RaRecord, locale) => productName(p as Product, locale) },
    },
    { source: 'name' },
    { source: 'locationId', reference: { resource: 'locations' } },
    { source: 'deskId', reference: { resource: 'desks' } },
    { source: 'channel', choices: 'resources.appointments.channel' },
    { source: 'status', choices: 'resources.appointments.status' },
];

export const appointmentExporter = csvExporter<Appointment>('appointments', columns);
