import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MessageMedia } from '../types';

/**
 * What the server is still fetching for this message (a voicemail's recording, an MMS photo) or could not fetch,
 * and a transcription under way: the agent knows the ticket is complete or what is missing.
 */
export const MediaStatusList = ({ media = [] }: { media?: MessageMedia[] }) => {
    const translate = useTranslate();
    const lines = media.flatMap((file) => {
        const name = { filename: file.filename };
        const line = (waiting: boolean, key: string) => [
            { key: `${file.id}-${key}`, waiting, text: translate(`app.message.media.${key}`, name) },
        ];
        if (file.status === 'pending') return line(true, `${file.kind}_pending`);
        if (file.status === 'failed') return line(false, `${file.kind}_failed`);
        if (file.transcriptionStatus === 'pending') return line(true, 'transcription_pending');
        return [];
    });
    if (lines.length === 0) return null;
    return (
        // a live region: the line changes by itself when the recording arrives
        <Stack role="status" sx={{ mt: 1 }} spacing={0.5} data-testid="message-media">
            {lines.map((line) => (
                <Typography
                    component="p"
                    key={line.key}
                    variant="body2"
                    color={line.waiting ? 'text.secondary' : 'warning.dark'}
                    sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
                >
                    {line.waiting ? <HourglassEmptyIcon fontSize="small" /> : <WarningAmberIcon fontSize="small" />}
                    {line.text}
                </Typography>
            ))}
        </Stack>
    );
};
