import PlaceIcon from '@mui/icons-material/Place';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import type { Ticket } from '../types';
import { ContactBounceWarning } from './ContactBounceWarning';
import { PriorityField } from './PriorityField';
import { StatusChip } from './StatusChip';
import { TicketTags } from './TicketTags';

export const TicketHeader = () => {
    const ticket = useRecordContext<Ticket>();
    const translate = useTranslate();
    const createPath = useCreatePath();
    const formatDateTime = useFormatDateTime();
    if (!ticket) return null;
    const contactName = ticket.contactName || translate('app.ticket.anonymous');
    return (
        <Card component="header">
            <CardContent>
                <Stack direction="row" spacing={1} alignItems="center" sx={{ flexWrap: 'wrap', mb: 1 }}>
                    <Typography variant="overline" sx={{ fontSize: '0.9rem' }}>
                        {ticket.reference}
                    </Typography>
                    <StatusChip size="medium" />
                    <PriorityField />
                    <TicketTags tags={ticket.tags} />
                </Stack>
                <Typography variant="h5" component="h1" gutterBottom>
                    {ticket.subject}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                    {ticket.contactId ? (
                        <Link to={createPath({ resource: 'contacts', id: ticket.contactId, type: 'show' })}>
                            {contactName}
                        </Link>
                    ) : (
                        contactName
                    )}
                    {' · '}
                    {translate('app.ticket.opened', {
                        date: formatDateTime(ticket.createdAt),
                        channel: translate(`resources.tickets.channel.${ticket.channel}`, { _: ticket.channel }),
                    })}
                </Typography>
                {ticket.address && (
                    <Typography
                        variant="body2"
                        color="text.secondary"
                        sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 0.5 }}
                    >
                        <PlaceIcon fontSize="small" />
                        {ticket.address}
                    </Typography>
                )}
                <Box sx={{ mt: 1, '&:empty': { display: 'none' } }}>
                    <ContactBounceWarning contactId={ticket.contactId} />
                </Box>
            </CardContent>
        </Card>
    );
};
