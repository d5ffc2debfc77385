import { csvExporter, type CsvColumn } from '../common/csvExporter';
import type { PhoneCall } from '../types';
import { formatCallDuration } from './duration';

// The columns of the call log, in its order; a call still without an outcome shows Twilio's status, as on screen.
const columns: CsvColumn<PhoneCall>[] = [
    { source: 'startedAt', date: true },
    { source: 'direction', choices: 'app.call.direction' },
    { source: 'fromNumber' },
    { source: 'toNumber' },
    {
        source: 'outcome',
        value: (call, translate) =>
            call.outcome
                ? translate(`app.call.outcome.${call.outcome}`, { _: call.outcome })
                : translate(`app.call.status.${call.status}`, { _: call.status }),
    },
    {
        source: 'durationSeconds',
        value: (call) => (typeof call.durationSeconds === 'number' ? formatCallDuration(call.durationSeconds) : null),
    },
    {
        source: 'choices',
        // menu keys with their meaning, as on screen: "1 · Afspraken"
        value: (call, translate) =>
            call.choices
                .map((choice) => {
                    const meaning = /^\d$/.test(choice) ? translate(`app.call.key.${choice}`, { _: '' }) : '';
                    return meaning ? `${choice} · ${meaning}` : choice;
                })
                .join(', '),
    },
    { source: 'contactId', reference: { resource: 'contacts' } },
    { source: 'ticketId', reference: { resource: 'tickets', name: (ticket) => ticket.reference } },
];

export const callExporter = csvExporter<PhoneCall>('calls', columns);
