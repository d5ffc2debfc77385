import { useState } from 'react';
import { useGetOne } from 'react-admin';
import type { Contact, ReplyChannel } from '../types';

/** Longest answer the server sends as a text message. */
export const smsMaxLength = 1200;

/**
 * How the answer goes out: what the agent picked, else email when the
 * citizen has an address and SMS when not. Until the contact is known,
 * nothing is sent along and the server applies that same rule.
 */
export const useReplyVia = (contactId: string | null | undefined) => {
    const { data: contact } = useGetOne<Contact>('contacts', { id: contactId ?? '' }, { enabled: Boolean(contactId) });
    const [chosen, setChosen] = useState<ReplyChannel | null>(null);
    const hasEmail = Boolean(contact?.emails?.length);
    const hasPhone = Boolean(contact?.phones?.length);
    const fallback: ReplyChannel | undefined = contact ? (hasEmail ? 'email' : 'sms') : undefined;
    return {
        via: chosen ?? fallback,
        setVia: setChosen,
        /** Unknown until the contact is loaded: then everything stays possible. */
        canEmail: !contact || hasEmail,
        canSms: !contact || hasPhone,
    };
};
