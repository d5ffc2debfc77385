import { apiUrl, httpClient } from '../providers/httpClient';

export interface Signature {
    /** null: the default (name and town) is used */
    signature: string | null;
    defaultSignature: string;
}

const url = `${apiUrl}/admin/profile/signature`;

export const getSignature = async (): Promise<Signature> => (await httpClient(url)).json as Signature;

export const saveSignature = async (signature: string): Promise<Signature> =>
    (await httpClient(url, { method: 'PUT', body: JSON.stringify({ signature: signature.trim() || null }) }))
        .json as Signature;
