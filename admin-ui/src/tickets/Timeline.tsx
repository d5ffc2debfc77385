import { Card, CardContent, LinearProgress, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import type { TicketEvent } from '../types';
import { useEventSentence } from './useEventSentence';

const noEvents: TicketEvent[] = [];

export const Timeline = ({ ticketId }: { ticketId: string }) => {
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    const { data: events = noEvents, isPending } = useGetList<TicketEvent>('ticket-events', {
        filter: { ticketId },
        sort: { field: 'createdAt', order: 'ASC' },
        pagination: { page: 1, perPage: 500 },
    });
    const sentence = useEventSentence(events);

    return (
        <Card component="section" aria-label={translate('app.ticket.timeline')}>
            <CardContent data-testid="timeline">
                <Typography variant="h6" component="h2" gutterBottom>
                    {translate('app.ticket.timeline')}
                </Typography>
                {isPending ? (
                    <LinearProgress />
                ) : events.length ? (
                    <List dense disablePadding>
                        {events.map((event) => {
                            const { text, detail } = sentence(event);
                            return (
                                <ListItem key={event.id} disableGutters divider data-event-type={event.type}>
                                    <ListItemText
                                        primary={text}
                                        secondary={
                                            <>
                                                {formatDateTime(event.createdAt)} ·{' '}
                                                {event.actorName ?? translate('app.event.system')}
                                                {detail && (
                                                    <>
                                                        <br />
                                                        {detail}
                                                    </>
                                                )}
                                            </>
                                        }
                                    />
                                </ListItem>
                            );
                        })}
                    </List>
                ) : (
                    <Typography color="text.secondary">{translate('app.ticket.no_events')}</Typography>
                )}
            </CardContent>
        </Card>
    );
};
