import { useState } from 'react';
import { useGetOne } from 'react-admin';
import type { Contact, ReplyChannel, TicketChannel } from '../types';

/** Longest answer the server sends as a text message. */
export const smsMaxLength = 1200;
/** Longest answer the server sends by WhatsApp. */
export const whatsappMaxLength = 1400;

/**
 * How the answer goes out: what the agent picked, else WhatsApp when the citizen wrote in on WhatsApp, else email
 * when the citizen has an address and SMS when not. Until the contact is known, nothing is sent along and the
 * server applies that same rule.
 */
export const useReplyVia = (contactId: string | null | undefined, origin?: TicketChannel) => {
    const { data: contact } = useGetOne<Contact>('contacts', { id: contactId ?? '' }, { enabled: Boolean(contactId) });
    const [chosen, setChosen] = useState<ReplyChannel | null>(null);
    const hasEmail = Boolean(contact?.emails?.length);
    const hasPhone = Boolean(contact?.phones?.length);
    const hasWhatsapp = Boolean(contact?.whatsapp?.length);
    const fallback: ReplyChannel | undefined = contact
        ? origin === 'whatsapp' && hasWhatsapp
            ? 'whatsapp'
            : hasEmail
              ? 'email'
              : 'sms'
        : undefined;
    return {
        via: chosen ?? fallback,
        setVia: setChosen,
        /** Unknown until the contact is loaded: then everything stays possible. */
        canEmail: !contact || hasEmail,
        canSms: !contact || hasPhone,
        /** WhatsApp is only offered to a citizen with a WhatsApp number. */
        canWhatsapp: hasWhatsapp,
    };
};
