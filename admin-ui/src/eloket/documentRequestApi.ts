import { apiUrl, httpClient } from '../providers/httpClient';

export type Delivery = 'email' | 'post' | 'pickup';

export interface DocumentField {
    key: string;
    type: 'text' | 'textarea' | 'date' | 'nationalRegister' | 'choice';
    labelNl: string;
    labelEn: string;
    required: boolean;
    options?: { value: string; labelNl: string; labelEn: string }[];
    when?: { field: string; equals: string };
}

export interface DocumentTypeRecord {
    id: string;
    code: string;
    nameNl: string;
    nameEn: string;
    fields: DocumentField[];
    deliveryOptions: Delivery[];
    active: boolean;
}

export interface DocumentRequest {
    ticketId: string;
    documentType: { id: string; code: string; nameNl: string; nameEn: string; deliveryOptions: Delivery[] };
    answers: { key: string; labelNl: string; labelEn: string; value: string; valueNl?: string; valueEn?: string }[];
    delivery: Delivery;
    postalAddress: string | null;
    document: { id: string; filename: string; size: number } | null;
    deliveredAt: string | null;
    downloadExpiresAt: string | null;
    pickupReadyAt: string | null;
}

const path = (ticketId: string, rest = '') => `${apiUrl}/admin/tickets/${ticketId}/document-request${rest}`;

/** The request behind a ticket, or null for a ticket that is no document request. */
export const fetchDocumentRequest = async (ticketId: string): Promise<DocumentRequest | null> => {
    try {
        return (await httpClient(path(ticketId))).json as DocumentRequest;
    } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
    }
};

export const attachDocument = async (ticketId: string, file: File): Promise<DocumentRequest> => {
    const body = new FormData();
    body.append('attachments', file);
    return (await httpClient(path(ticketId, '/document'), { method: 'POST', body })).json as DocumentRequest;
};

export const deliverDocument = async (
    ticketId: string,
    input: { method: Delivery; postalAddress?: string; version: number },
): Promise<DocumentRequest> =>
    (await httpClient(path(ticketId, '/deliver'), { method: 'POST', body: JSON.stringify(input) }))
        .json as DocumentRequest;

export const createDocumentRequest = async (input: object): Promise<{ reference: string; ticketId: string }> =>
    (await httpClient(`${apiUrl}/admin/document-requests`, { method: 'POST', body: JSON.stringify(input) })).json as {
        reference: string;
        ticketId: string;
    };
