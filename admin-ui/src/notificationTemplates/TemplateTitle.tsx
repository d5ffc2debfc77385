import { useRecordContext, useTranslate } from 'react-admin';
import type { NotificationTemplate } from '../types';
import { useTemplateName } from './useTemplateName';

/** "Berichtsjabloon Afgehandeld (Nederlands)". */
export const TemplateTitle = () => {
    const template = useRecordContext<NotificationTemplate>();
    const translate = useTranslate();
    const templateName = useTemplateName();
    const resource = translate('resources.notification-templates.name', { smart_count: 1 });
    return <>{template ? `${resource} ${templateName(template)}` : resource}</>;
};
