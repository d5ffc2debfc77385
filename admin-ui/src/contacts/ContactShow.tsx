import { Box, Typography } from '@mui/material';
import {
    DataTable,
    Pagination,
    ReferenceManyField,
    SelectField,
    EditButton,
    Show,
    SimpleShowLayout,
    TextArrayField,
    TextField,
    TopToolbar,
    useRecordContext,
    useTranslate,
} from 'react-admin';
import { replyChannels, replyEntry } from '../channels';
import { languageChoices, preferredChannelChoices } from '../common/choices';
import { DateTimeField } from '../common/DateTimeField';
import { channelChoices } from '../tickets/choices';
import { StatusChip } from '../tickets/StatusChip';
import type { Contact } from '../types';
import { BouncingEmailsAlert } from './BouncingEmailsAlert';
import { ContactAppointments } from './ContactAppointments';
import { ContactCalls } from './ContactCalls';
import { ContactLegalHoldAlert, ContactPrivacyActions } from './PrivacyActions';
import { SmsOptedOutField } from './SmsOptedOutField';
import { StatusUpdatesField } from './StatusUpdatesField';

const ContactBounces = () => {
    const contact = useRecordContext<Contact>();
    if (!contact?.bouncingEmails?.length) return null;
    return (
        <Box sx={{ px: 2, pt: 2 }}>
            <BouncingEmailsAlert bouncing={contact.bouncingEmails} />
        </Box>
    );
};

/** Every ticket of the citizen, whatever channel it came in through. */
const ContactTickets = () => {
    const translate = useTranslate();
    return (
        <Box component="section" sx={{ px: 2, pb: 2 }}>
            <Typography variant="h6" component="h2" gutterBottom>
                {translate('app.contact.tickets')}
            </Typography>
            <ReferenceManyField
                reference="tickets"
                target="contactId"
                sort={{ field: 'createdAt', order: 'DESC' }}
                perPage={25}
                pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
            >
                <DataTable rowClick="show" bulkActionButtons={false}>
                    <DataTable.Col source="reference" />
                    <DataTable.Col source="subject" />
                    <DataTable.Col source="channel" disableSort>
                        <SelectField source="channel" choices={channelChoices} />
                    </DataTable.Col>
                    <DataTable.Col source="status" field={StatusChip} />
                    <DataTable.Col source="createdAt" field={DateTimeField} />
                </DataTable>
            </ReferenceManyField>
        </Box>
    );
};

const ContactActions = () => (
    <TopToolbar>
        <EditButton />
        <ContactPrivacyActions />
    </TopToolbar>
);

export const ContactShow = () => (
    <Show actions={<ContactActions />}>
        <ContactLegalHoldAlert />
        <ContactBounces />
        <SimpleShowLayout>
            <TextField source="name" />
            <TextArrayField source="emails" />
            <TextArrayField source="phones" />
            {/* a channel whose addresses are an identity of their own lists them under its field */}
            {replyChannels.flatMap((c) => {
                const field = replyEntry(c).addressesLabel ? replyEntry(c).addresses : undefined;
                return field ? [<TextArrayField key={field} source={field} />] : [];
            })}
            <SelectField source="language" choices={languageChoices} />
            <SelectField
                source="preferredChannel"
                choices={preferredChannelChoices}
                emptyText="app.preferred_channel.none"
            />
            <StatusUpdatesField source="statusUpdates" />
            <SmsOptedOutField source="smsOptedOut" />
            <DateTimeField source="createdAt" />
        </SimpleShowLayout>
        <ContactTickets />
        <ContactAppointments />
        <ContactCalls />
    </Show>
);
