import { useGetOne, useRecordContext } from 'react-admin';
import { BookAppointmentButton } from '../appointments/BookAppointmentButton';
import type { Contact, Ticket } from '../types';

/**
 * "Afspraak maken" for the citizen of the ticket, usually on the phone:
 * their name, first email address and first phone number are filled in,
 * and the appointment and the ticket are linked both ways.
 */
export const TicketAppointmentButton = () => {
    const ticket = useRecordContext<Ticket>();
    const contactId = ticket?.contactId ?? null;
    const { data: contact } = useGetOne<Contact>('contacts', { id: contactId ?? '' }, { enabled: Boolean(contactId) });
    if (!ticket) return null;
    return (
        <BookAppointmentButton
            ticketId={String(ticket.id)}
            channel="phone"
            citizen={{
                name: contact?.name ?? ticket.contactName ?? '',
                email: contact?.emails[0] ?? '',
                phone: contact?.phones[0] ?? '',
                language: contact?.language ?? ticket.language,
            }}
        />
    );
};
