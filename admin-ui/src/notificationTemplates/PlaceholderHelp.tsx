import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { NotificationTemplate } from '../types';

// What the server allowed when this console was built; the record's own list wins.
const knownVariables = ['name', 'reference', 'subject', 'status', 'department', 'town'];

/** The placeholders a template may use, as they are typed, with what each becomes. */
export const PlaceholderHelp = () => {
    const template = useRecordContext<NotificationTemplate>();
    const translate = useTranslate();
    const variables = template?.variables?.length ? template.variables : knownVariables;
    return (
        <Box
            component="section"
            aria-label={translate('app.template.placeholders')}
            sx={{ p: 2, mt: 1, bgcolor: 'action.hover', borderRadius: 1, width: '100%' }}
            data-testid="template-placeholders"
        >
            <Typography variant="subtitle2" component="h2">
                {translate('app.template.placeholders')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('app.template.placeholders_help')}
            </Typography>
            <Box
                component="dl"
                sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}
            >
                {variables.map((variable) => (
                    <Box key={variable} sx={{ display: 'contents' }}>
                        <Typography component="dt" variant="body2" sx={{ fontFamily: 'monospace' }}>
                            {`{{${variable}}}`}
                        </Typography>
                        <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                            {translate(`app.template.variable.${variable}`, { _: variable })}
                        </Typography>
                    </Box>
                ))}
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {translate('app.template.layout_help')}
            </Typography>
        </Box>
    );
};
