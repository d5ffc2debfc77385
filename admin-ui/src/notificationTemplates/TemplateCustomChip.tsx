import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { NotificationTemplate } from '../types';

/** "Aangepast" when an administrator changed the wording, else "Standaard" (the built-in text). */
export const TemplateCustomChip = () => {
    const template = useRecordContext<NotificationTemplate>();
    const translate = useTranslate();
    if (!template) return null;
    return template.custom ? (
        <Chip size="small" color="primary" label={translate('app.template.custom')} data-testid="template-custom" />
    ) : (
        <Chip
            size="small"
            variant="outlined"
            label={translate('app.template.standard')}
            data-testid="template-standard"
        />
    );
};
