import { Alert, Box, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { NotificationTemplate } from '../types';
import { useTemplatePreview } from './useTemplatePreview';
import { PreviewPart, previewTextBox } from '../common/PreviewPart';

const textBox = previewTextBox(360);
const Part = ({ title, children }: { title: string; children: ReactNode }) => (
    <PreviewPart title={title} heading="h3">
        {children}
    </PreviewPart>
);

/**
 * What the citizen will get, made by the server from the text as typed (not
 * yet saved), with sample values: the email (subject, HTML, text) and the SMS.
 */
export const TemplatePreview = () => {
    const template = useRecordContext<NotificationTemplate>();
    const translate = useTranslate();
    const subject = useWatch({ name: 'subject' }) ?? '';
    const body = useWatch({ name: 'body' }) ?? '';
    const { data, error, isFetching, typing } = useTemplatePreview(template?.id, subject, body);
    const busy = typing || isFetching;

    return (
        <Card
            variant="outlined"
            component="section"
            aria-label={translate('app.template.preview')}
            data-testid="template-preview"
        >
            <Box sx={{ height: 4 }}>{busy && <LinearProgress />}</Box>
            <CardContent>
                <Typography variant="h6" component="h2">
                    {translate('app.template.preview')}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                    {translate('app.template.preview_help')}
                </Typography>
                {error && !busy && (
                    <Alert severity="error" sx={{ mb: 2 }} data-testid="template-preview-error">
                        {error.message || translate('ra.notification.http_error')}
                    </Alert>
                )}
                {!data && !error && (
                    <Typography variant="body2" color="text.secondary">
                        {translate('app.template.preview_waiting')}
                    </Typography>
                )}
                {data && (
                    <Stack spacing={2} sx={{ opacity: error && !busy ? 0.5 : 1 }}>
                        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
                            {translate('app.template.email')}
                        </Typography>
                        <Part title={translate('app.template.email_subject')}>
                            <Typography variant="body1" data-testid="preview-subject" sx={{ overflowWrap: 'anywhere' }}>
                                {data.subject}
                            </Typography>
                        </Part>
                        <Part title={translate('app.template.email_html')}>
                            {/* Empty sandbox: no scripts, no forms, no access to the console. */}
                            <iframe
                                sandbox=""
                                srcDoc={data.html}
                                title={translate('app.template.email_html')}
                                data-testid="preview-html"
                                style={{
                                    display: 'block',
                                    width: '100%',
                                    height: 360,
                                    resize: 'vertical',
                                    overflow: 'auto',
                                    border: '1px solid rgba(0, 0, 0, 0.23)',
                                    borderRadius: 4,
                                    background: '#fff',
                                }}
                            />
                        </Part>
                        <Part title={translate('app.template.email_text')}>
                            <Box component="pre" sx={textBox} tabIndex={0} data-testid="preview-text">
                                {data.text}
                            </Box>
                        </Part>
                        <Part title={translate('app.template.sms')}>
                            <Box component="pre" sx={textBox} tabIndex={0} data-testid="preview-sms">
                                {data.sms}
                            </Box>
                            <Typography variant="caption" color="text.secondary">
                                {translate('app.template.sms_length', { smart_count: data.sms.length })}
                            </Typography>
                        </Part>
                    </Stack>
                )}
            </CardContent>
        </Card>
    );
};
