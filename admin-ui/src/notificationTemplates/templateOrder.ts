import { notificationTemplateKeys, type NotificationTemplate } from '../types';

const languageOrder = ['nl', 'en'];

const rank = (row: object) => {
    const { key, language } = row as Partial<NotificationTemplate>;
    return (
        notificationTemplateKeys.indexOf(key as NotificationTemplate['key']) * languageOrder.length +
        languageOrder.indexOf(language ?? '')
    );
};

/** In the order a case goes through (in behandeling, meer info, afgehandeld, heropend), Dutch before English. */
export const sortTemplates = <T extends object>(templates: T[]) => [...templates].sort((a, b) => rank(a) - rank(b));
