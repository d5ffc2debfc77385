import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate, type Identifier } from 'react-admin';
import type { ReplyChannel } from '../../types';
import { SandboxedHtml } from '../SandboxedHtml';
import { PreviewPart, previewTextBox } from '../../common/PreviewPart';
import { useReplyPreview } from './useReplyPreview';

const textBox = previewTextBox(260);
const Part = ({ title, children }: { title: string; children: ReactNode }) => (
    <PreviewPart title={title} heading="h4">
        {children}
    </PreviewPart>
);

/**
 * Exactly what goes out, made by the server's sending code once typing pauses. The region is labelled but not
 * live: a screen reader user visits it when they want, it is not read out at every keystroke.
 */
export const ReplyPreview = ({ ticketId, body, via }: { ticketId: Identifier; body: string; via?: ReplyChannel }) => {
    const translate = useTranslate();
    const headingId = useId();
    const { data, error, isFetching, typing } = useReplyPreview(ticketId, body, via);
    const busy = typing || isFetching;
    return (
        <Box
            component="section"
            aria-labelledby={headingId}
            aria-busy={busy}
            data-testid="reply-preview"
            sx={{ mt: 2, border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}
        >
            <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
                {translate('app.compose.preview')}
            </Typography>
            <Box sx={{ height: 4, mb: 1 }}>{busy && <LinearProgress aria-hidden />}</Box>
            {error && !busy && (
                <Alert severity="warning" sx={{ mb: 1 }}>
                    {error.message}
                </Alert>
            )}
            {!data && !error && (
                <Typography variant="body2" color="text.secondary">
                    {translate('app.compose.preview_empty')}
                </Typography>
            )}
            {data?.channel === 'email' && (
                <Stack spacing={1.5}>
                    <Typography variant="body2" color="text.secondary">
                        {translate('app.compose.to', { recipient: data.recipient })}
                    </Typography>
                    <Part title={translate('app.compose.subject')}>
                        <Typography
                            variant="body2"
                            data-testid="reply-preview-subject"
                            sx={{ overflowWrap: 'anywhere' }}
                        >
                            {data.subject}
                        </Typography>
                    </Part>
                    <Part title={translate('app.compose.email_html')}>
                        <SandboxedHtml
                            html={data.html}
                            title={translate('app.compose.email_html')}
                            height={260}
                            testId="reply-preview-html"
                        />
                    </Part>
                    <Part title={translate('app.compose.email_text')}>
                        <Box component="pre" sx={textBox} tabIndex={0} data-testid="reply-preview-text">
                            {data.text}
                        </Box>
                    </Part>
                </Stack>
            )}
            {data && data.channel !== 'email' && !data.sms && (
                <Stack spacing={1}>
                    <Typography variant="body2" color="text.secondary">
                        {translate('app.compose.to', { recipient: data.recipient })}
                    </Typography>
                    <Box component="pre" sx={textBox} tabIndex={0} data-testid="reply-preview-text">
                        {data.text}
                    </Box>
                    {data.tooLong && (
                        <Alert severity="error">
                            {translate(`app.compose.${data.channel}_too_long`, { max: data.maxLength })}
                        </Alert>
                    )}
                </Stack>
            )}
            {data && data.channel !== 'email' && data.sms && (
                <Stack spacing={1}>
                    <Typography variant="body2" color="text.secondary">
                        {translate('app.compose.to', { recipient: data.recipient })}
                    </Typography>
                    <Box component="pre" sx={textBox} tabIndex={0} data-testid="reply-preview-text">
                        {data.text}
                    </Box>
                    <Typography variant="body2" data-testid="reply-preview-segments">
                        {translate('app.compose.sms_count', {
                            smart_count: data.sms.segments,
                            characters: data.sms.characters,
                            encoding: data.sms.encoding,
                            per: data.sms.perSegment,
                        })}
                    </Typography>
                    {data.sms.encoding === 'UCS-2' && (
                        <Typography variant="body2" color="text.secondary">
                            {translate('app.compose.sms_ucs2')}
                        </Typography>
                    )}
                    {data.sms.tooLong && (
                        <Alert severity="error">
                            {translate(`app.compose.${data.channel}_too_long`, { max: data.sms.maxLength })}
                        </Alert>
                    )}
                </Stack>
            )}
        </Box>
    );
};
