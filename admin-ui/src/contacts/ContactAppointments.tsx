import { Box, Typography } from '@mui/material';
import { Pagination, ReferenceManyField, useTranslate } from 'react-admin';
import { AppointmentsTable } from '../appointments/AppointmentsTable';

/** Every appointment of the citizen, booked online, by phone or at the counter. */
export const ContactAppointments = () => {
    const translate = useTranslate();
    return (
        <Box component="section" sx={{ px: 2, pb: 2 }} data-testid="contact-appointments">
            <Typography variant="h6" component="h2" gutterBottom>
                {translate('app.contact.appointments')}
            </Typography>
            <ReferenceManyField
                reference="appointments"
                target="contactId"
                sort={{ field: 'startsAt', order: 'DESC' }}
                perPage={10}
                pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
                empty={
                    <Typography variant="body2" color="text.secondary">
                        {translate('app.appointment.none')}
                    </Typography>
                }
            >
                <AppointmentsTable />
            </ReferenceManyField>
        </Box>
    );
};
