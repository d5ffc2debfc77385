import { Alert, Box, LinearProgress } from '@mui/material';
import { Title } from 'react-admin';
import { AppointmentsTodayCard } from './AppointmentsTodayCard';
import { ContactsTodayCard } from './ContactsTodayCard';
import { OpenTicketsCard } from './OpenTicketsCard';
import { QueueNowCard } from './QueueNowCard';
import { RecentTicketsCard } from './RecentTicketsCard';
import { SlaCard } from './SlaCard';
import { SystemStatusCard } from './SystemStatusCard';
import { useDashboard } from './useDashboard';

const Figures = () => {
    const { data, isPending, error } = useDashboard();
    if (isPending) return <LinearProgress sx={{ gridColumn: '1 / -1' }} />;
    if (error)
        return (
            <Alert severity="error" sx={{ gridColumn: '1 / -1' }}>
                {error.message}
            </Alert>
        );
    return (
        <>
            <SlaCard sla={data.sla} />
            <ContactsTodayCard rows={data.contactsToday} />
            <AppointmentsTodayCard rows={data.appointmentsToday} />
            <OpenTicketsCard rows={data.openTickets} />
            <QueueNowCard rows={data.queueNow} />
        </>
    );
};

/**
 * The landing page: whether mail and text messages can leave (system status),
 * the work waiting (open tickets, deadlines in danger), today's contacts and
 * appointments, the town hall's queue now, and the newest tickets with a search. The server limits department staff to
 * their departments.
 */
export const Dashboard = () => (
    <Box
        sx={{
            mt: 2,
            mb: 2,
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', md: 'repeat(2, 1fr)', lg: 'repeat(3, 1fr)' },
            alignItems: 'start',
        }}
        data-testid="dashboard"
    >
        <Title title="app.dashboard.title" />
        <SystemStatusCard />
        <RecentTicketsCard />
        <Figures />
    </Box>
);
