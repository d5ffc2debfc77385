import { apiUrl, httpClient } from '../providers/httpClient';
import type { Contact } from '../types';

const contactUrl = (id: string) => `${apiUrl}/admin/contacts/${encodeURIComponent(id)}`;

/** ZIP with everything Voordeur keeps about the person (a plain link: the session cookie suffices for a GET). */
export const contactExportUrl = (id: string) => `${contactUrl(id)}/export`;

/** Anonymises the contact's tickets and deletes the contact; 409 while under legal hold. */
export const eraseContact = async (id: string): Promise<{ erased: boolean; tickets: number }> => {
    const { json } = await httpClient(`${contactUrl(id)}/erase`, { method: 'POST', body: '{}' });
    return json as { erased: boolean; tickets: number };
};

export const setContactLegalHold = async (id: string, hold: boolean, reason?: string): Promise<Contact> => {
    const { json } = await httpClient(`${contactUrl(id)}/legal-hold`, {
        method: 'POST',
        body: JSON.stringify(hold ? { hold, reason } : { hold }),
    });
    return json as Contact;
};

export const setTicketLegalHold = async (id: string, hold: boolean): Promise<{ id: string; legalHold: boolean }> => {
    const { json } = await httpClient(`${apiUrl}/admin/tickets/${encodeURIComponent(id)}/legal-hold`, {
        method: 'POST',
        body: JSON.stringify({ hold }),
    });
    return json as { id: string; legalHold: boolean };
};
