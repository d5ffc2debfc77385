import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Box, Chip, Link, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import type { Attachment, Message } from '../types';

const styles: Record<Message['direction'], { bgcolor: string; borderColor: string; ml: number; mr: number }> = {
    inbound: { bgcolor: 'background.paper', borderColor: 'grey.400', ml: 0, mr: 6 },
    outbound: { bgcolor: '#e8f1fb', borderColor: 'primary.main', ml: 6, mr: 0 },
    note: { bgcolor: '#fff8e1', borderColor: '#f9a825', ml: 3, mr: 3 },
};

const formatSize = (bytes: number) =>
    bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const AttachmentLink = ({ attachment }: { attachment: Attachment }) => (
    <Link
        href={attachment.url}
        target="_blank"
        rel="noopener noreferrer"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
    >
        <AttachFileIcon fontSize="small" />
        {attachment.filename}
        <Typography component="span" variant="caption" color="text.secondary">
            ({formatSize(attachment.size)})
        </Typography>
    </Link>
);

export const MessageItem = ({ message }: { message: Message }) => {
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    const style = styles[message.direction];
    return (
        <Box
            component="article"
            data-direction={message.direction}
            sx={{ border: 1, borderLeft: 4, borderRadius: 1, p: 1.5, ...style }}
        >
            <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1, flexWrap: 'wrap' }}>
                <Typography variant="subtitle2">{message.authorName ?? translate('app.event.system')}</Typography>
                <Chip
                    size="small"
                    variant={message.direction === 'note' ? 'filled' : 'outlined'}
                    color={message.direction === 'note' ? 'warning' : 'default'}
                    label={translate(`app.ticket.direction.${message.direction}`)}
                />
                <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
                    {formatDateTime(message.createdAt)} ·{' '}
                    {translate(`resources.tickets.channel.${message.channel}`, { _: message.channel })}
                </Typography>
            </Stack>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {message.bodyText}
            </Typography>
            {message.attachments?.length > 0 && (
                <Stack
                    component="ul"
                    aria-label={translate('app.ticket.attachments')}
                    sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}
                    spacing={0.5}
                >
                    {message.attachments.map(attachment => (
                        <li key={attachment.id}>
                            <AttachmentLink attachment={attachment} />
                        </li>
                    ))}
                </Stack>
            )}
        </Box>
    );
};
