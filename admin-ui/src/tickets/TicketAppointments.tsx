import { Card, CardContent, Typography } from '@mui/material';
import { ReferenceManyField, useTranslate } from 'react-admin';
import { AppointmentsTable } from '../appointments/AppointmentsTable';

const AppointmentsCard = () => {
    const translate = useTranslate();
    return (
        <Card component="section" aria-label={translate('app.ticket.appointments')}>
            <CardContent data-testid="ticket-appointments">
                <Typography variant="h6" component="h2" gutterBottom>
                    {translate('app.ticket.appointments')}
                </Typography>
                <AppointmentsTable />
            </CardContent>
        </Card>
    );
};

/** The appointments made from this ticket; nothing at all when there are none. */
export const TicketAppointments = () => (
    <ReferenceManyField
        reference="appointments"
        target="ticketId"
        sort={{ field: 'startsAt', order: 'DESC' }}
        perPage={50}
        loading={null}
        empty={null}
        error={null}
    >
        <AppointmentsCard />
    </ReferenceManyField>
);
