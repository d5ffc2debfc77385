import { useTranslate } from 'react-admin';
import type { NotificationTemplate } from '../types';

/** "Afgehandeld (Nederlands)": the human name of a template key, with its language. */
export const useTemplateName = () => {
    const translate = useTranslate();
    return (template: Pick<NotificationTemplate, 'key' | 'language'>) =>
        translate('app.template.title', {
            key: translate(`app.template.key.${template.key}`, { _: template.key }),
            language: translate(`app.language.${template.language}`, { _: template.language }),
        });
};
