import { apiUrl, httpClient } from '../providers/httpClient';
import type { NotificationTemplate, NotificationTemplatePreview } from '../types';

const templateUrl = (id: string) => `${apiUrl}/admin/notification-templates/${encodeURIComponent(id)}`;

export interface TemplateText {
    subject: string;
    body: string;
}

/** The wording filled in with sample values, as email (subject, text, HTML) and SMS; nothing is saved. */
export const previewTemplate = async (
    id: string,
    text: TemplateText,
    signal?: AbortSignal,
): Promise<NotificationTemplatePreview> => {
    const { json } = await httpClient(`${templateUrl(id)}/preview`, {
        method: 'POST',
        body: JSON.stringify(text),
        signal,
    });
    return json as NotificationTemplatePreview;
};

/** Removes the custom wording; the answer is the template with its built-in text. */
export const resetTemplate = async (id: string): Promise<NotificationTemplate> => {
    const { json } = await httpClient(templateUrl(id), { method: 'DELETE' });
    return json as NotificationTemplate;
};
