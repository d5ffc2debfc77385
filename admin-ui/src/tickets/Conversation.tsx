import { Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { Message } from '../types';
import { MessageItem } from './MessageItem';

export const Conversation = ({ ticketId }: { ticketId: string }) => {
    const translate = useTranslate();
    const { data: messages, isPending } = useGetList<Message>('messages', {
        filter: { ticketId },
        sort: { field: 'createdAt', order: 'ASC' },
        pagination: { page: 1, perPage: 500 },
    });
    return (
        <Card component="section" aria-label={translate('app.ticket.conversation')}>
            <CardContent data-testid="conversation">
                <Typography variant="h6" component="h2" gutterBottom>
                    {translate('app.ticket.conversation')}
                </Typography>
                {isPending ? (
                    <LinearProgress />
                ) : messages?.length ? (
                    <Stack spacing={1.5}>
                        {messages.map((message) => (
                            <MessageItem key={message.id} message={message} />
                        ))}
                    </Stack>
                ) : (
                    <Typography color="text.secondary">{translate('app.ticket.no_messages')}</Typography>
                )}
            </CardContent>
        </Card>
    );
};
