import { Card, CardContent, Divider, Grid, Stack, Typography } from '@mui/material';
import { Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import type { Ticket } from '../types';
import { CallBackButton } from './CallBackButton';
import { ComposeBox } from './ComposeBox';
import { Conversation } from './Conversation';
import { MergeButton } from './MergeButton';
import { MergedBanner } from './MergedBanner';
import { RoutedByRule } from './RoutedByRule';
import { TakeTicketButton } from './TakeTicketButton';
import { TicketAppointmentButton } from './TicketAppointmentButton';
import { TicketAppointments } from './TicketAppointments';
import { TicketCalls } from './TicketCalls';
import { TicketDeadlines } from './TicketDeadlines';
import { TicketHeader } from './TicketHeader';
import { TicketPropertiesForm } from './TicketPropertiesForm';
import { TicketShortcuts } from './TicketShortcuts';
import { TicketStatusButtons } from './TicketStatusButtons';
import { Timeline } from './Timeline';
import { AnonymisedBanner, TicketLegalHold } from './TicketLegalHold';
import { TicketPresence } from '../live/TicketPresence';
import { DocumentRequestPanel } from '../eloket/DocumentRequestPanel';

const TicketTitle = () => {
    const ticket = useRecordContext<Ticket>();
    const translate = useTranslate();
    return <>{ticket ? translate('app.ticket.title', { reference: ticket.reference }) : ''}</>;
};

const TicketActions = () => {
    const ticket = useRecordContext<Ticket>();
    return (
        <TopToolbar>
            {ticket && !ticket.mergedIntoId && (
                <>
                    <CallBackButton />
                    <TicketAppointmentButton />
                    <MergeButton />
                </>
            )}
        </TopToolbar>
    );
};

const HandlingPanel = () => {
    const translate = useTranslate();
    return (
        <Card component="aside" aria-label={translate('app.ticket.properties')}>
            <CardContent>
                <Typography variant="h6" component="h2" gutterBottom>
                    {translate('app.ticket.properties')}
                </Typography>
                <Stack spacing={2}>
                    <TakeTicketButton />
                    <TicketDeadlines />
                    <RoutedByRule />
                    <Divider />
                    <TicketStatusButtons />
                    <TicketPropertiesForm />
                    <TicketLegalHold />
                </Stack>
            </CardContent>
        </Card>
    );
};

// A merged ticket is kept as read-only history; work goes on in the survivor.
const TicketLayout = () => {
    const ticket = useRecordContext<Ticket>();
    if (!ticket) return null;
    const active = !ticket.mergedIntoId;
    return (
        <Stack spacing={2} sx={{ mt: 1, mb: 2 }}>
            <TicketShortcuts />
            <MergedBanner />
            <AnonymisedBanner />
            <TicketHeader />
            <TicketPresence ticketId={ticket.id} />
            <Grid container spacing={2}>
                <Grid size={{ xs: 12, md: active ? 8 : 12 }}>
                    <Stack spacing={2}>
                        <DocumentRequestPanel />
                        <Conversation ticketId={ticket.id} />
                        {active && <ComposeBox kind="reply" ticketId={ticket.id} />}
                        {active && <ComposeBox kind="note" ticketId={ticket.id} />}
                        <TicketCalls />
                        <TicketAppointments />
                        <Timeline ticketId={ticket.id} />
                    </Stack>
                </Grid>
                {active && (
                    <Grid size={{ xs: 12, md: 4 }}>
                        <HandlingPanel />
                    </Grid>
                )}
            </Grid>
        </Stack>
    );
};

export const TicketShow = () => (
    <Show title={<TicketTitle />} actions={<TicketActions />} component="div">
        <TicketLayout />
    </Show>
);
