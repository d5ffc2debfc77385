import { Card, Grid } from '@mui/material';
import {
    EmailField,
    Labeled,
    ReferenceField,
    SelectField,
    Show,
    SimpleShowLayout,
    TextField,
    TopToolbar,
    useRecordContext,
    useTranslate,
} from 'react-admin';
import { languageChoices } from '../common/choices';
import { DateTimeField } from '../common/DateTimeField';
import { ProductNameField } from '../products/productName';
import type { Appointment } from '../types';
import { AppointmentChannelChip } from './AppointmentChannelChip';
import { AppointmentStatusChip } from './AppointmentStatusChip';
import { CancelAppointmentButton } from './CancelAppointmentButton';
import { MoveAppointmentButton } from './MoveAppointmentButton';

const AppointmentTitle = () => {
    const appointment = useRecordContext<Appointment>();
    const translate = useTranslate();
    return <>{appointment ? translate('app.appointment.title', { code: appointment.code }) : ''}</>;
};

/** Only for a cancelled appointment. */
const CancelledAtField = () => {
    const appointment = useRecordContext<Appointment>();
    if (!appointment?.cancelledAt) return null;
    return (
        <Labeled source="cancelledAt">
            <DateTimeField source="cancelledAt" />
        </Labeled>
    );
};

const AppointmentActions = () => (
    <TopToolbar>
        <MoveAppointmentButton />
        <CancelAppointmentButton />
    </TopToolbar>
);

/** Everything about one appointment: when and where, for whom, and how it came about. */
export const AppointmentShow = () => (
    <Show title={<AppointmentTitle />} actions={<AppointmentActions />} component="div">
        <Grid container spacing={2} sx={{ mb: 2 }}>
            <Grid size={{ xs: 12, md: 6 }}>
                <Card>
                    <SimpleShowLayout>
                        <TextField source="code" sx={{ fontFamily: 'monospace', fontSize: '1.1rem' }} />
                        <AppointmentStatusChip source="status" label="resources.appointments.fields.status" />
                        <ReferenceField source="serviceId" reference="services">
                            <ProductNameField />
                        </ReferenceField>
                        <DateTimeField source="startsAt" />
                        <DateTimeField source="endsAt" />
                        <ReferenceField source="locationId" reference="locations" />
                        <ReferenceField source="deskId" reference="desks" emptyText="app.none" />
                        <AppointmentChannelChip source="channel" label="resources.appointments.fields.channel" />
                        <CancelledAtField />
                    </SimpleShowLayout>
                </Card>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
                <Card>
                    <SimpleShowLayout>
                        <TextField source="name" />
                        <EmailField source="email" emptyText="app.none" />
                        <TextField source="phone" emptyText="app.none" />
                        <SelectField source="language" choices={languageChoices} />
                        <ReferenceField source="contactId" reference="contacts" link="show" emptyText="app.none">
                            <TextField source="name" emptyText="app.ticket.anonymous" />
                        </ReferenceField>
                        <ReferenceField source="ticketId" reference="tickets" link="show" emptyText="app.none" />
                        <ReferenceField
                            source="createdByUserId"
                            reference="users"
                            link={false}
                            emptyText="app.appointment.by_citizen"
                        />
                        <DateTimeField source="createdAt" />
                        <DateTimeField source="reminderSentAt" emptyText="app.appointment.no_reminder" />
                    </SimpleShowLayout>
                </Card>
            </Grid>
        </Grid>
    </Show>
);
