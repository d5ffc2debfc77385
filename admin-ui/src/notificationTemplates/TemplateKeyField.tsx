import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { NotificationTemplate } from '../types';

/** The status change a template is for, with when the citizen gets it. */
export const TemplateKeyField = () => {
    const template = useRecordContext<NotificationTemplate>();
    const translate = useTranslate();
    if (!template) return null;
    return (
        <>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {translate(`app.template.key.${template.key}`, { _: template.key })}
            </Typography>
            <Typography variant="caption" color="text.secondary">
                {translate(`app.template.when.${template.key}`, { _: '' })}
            </Typography>
        </>
    );
};
