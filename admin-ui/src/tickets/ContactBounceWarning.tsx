import { useGetOne } from 'react-admin';
import { BouncingEmailsAlert } from '../contacts/BouncingEmailsAlert';
import type { Contact } from '../types';

/** The ticket only names the contact; the bounce state lives on the contact itself. */
export const ContactBounceWarning = ({ contactId }: { contactId: string | null }) => {
    const { data: contact } = useGetOne<Contact>('contacts', { id: contactId ?? '' }, { enabled: Boolean(contactId) });
    if (!contactId) return null;
    return <BouncingEmailsAlert bouncing={contact?.bouncingEmails} />;
};
