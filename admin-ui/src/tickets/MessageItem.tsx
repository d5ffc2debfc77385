import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import type { Message } from '../types';
import { AttachmentList } from './AttachmentList';
import { DeliveryStatusLine } from './DeliveryStatusLine';
import { EmailHeaderLine } from './EmailHeaderLine';
import { MessageBody } from './MessageBody';
import { MediaStatusList } from './MediaStatusList';
import { MessageKindChip } from './MessageKindChip';

const styles: Record<Message['direction'], { bgcolor: string; borderColor: string; ml: number; mr: number }> = {
    inbound: { bgcolor: 'background.paper', borderColor: 'grey.400', ml: 0, mr: 6 },
    outbound: { bgcolor: '#e8f1fb', borderColor: 'primary.main', ml: 6, mr: 0 },
    note: { bgcolor: '#fff8e1', borderColor: '#f9a825', ml: 3, mr: 3 },
};

export const MessageItem = ({ message }: { message: Message }) => {
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    const style = styles[message.direction];
    const emailHeaders = message.channel === 'email' ? message.meta?.email : undefined;
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
                <MessageKindChip kind={message.meta?.kind} />
                <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
                    {formatDateTime(message.createdAt)} ·{' '}
                    {translate(`resources.tickets.channel.${message.channel}`, { _: message.channel })}
                </Typography>
            </Stack>
            {emailHeaders && <EmailHeaderLine headers={emailHeaders} />}
            <MessageBody message={message} />
            <AttachmentList attachments={message.attachments} skipped={message.meta?.skippedAttachments} />
            <MediaStatusList media={message.media} />
            {message.direction === 'outbound' && message.delivery && <DeliveryStatusLine delivery={message.delivery} />}
        </Box>
    );
};
