import { Box, Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, useTranslate } from 'react-admin';
import { CallChoicesField } from '../calls/CallChoicesField';
import { CallTicketField } from '../calls/CallContactField';
import { DirectionField } from '../calls/DirectionField';
import { DurationField } from '../calls/DurationField';
import { OutcomeChip } from '../calls/OutcomeChip';
import { DateTimeField } from '../common/DateTimeField';

/** Every call of the citizen to the central line, and every call-back to them. */
export const ContactCalls = () => {
    const translate = useTranslate();
    return (
        <Box component="section" sx={{ px: 2, pb: 2 }} data-testid="contact-calls">
            <Typography variant="h6" component="h2" gutterBottom>
                {translate('app.contact.calls')}
            </Typography>
            <ReferenceManyField
                reference="calls"
                target="contactId"
                sort={{ field: 'startedAt', order: 'DESC' }}
                perPage={10}
                pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
                empty="app.call.none"
            >
                <DataTable rowClick="show" bulkActionButtons={false}>
                    <DataTable.Col source="startedAt" field={DateTimeField} />
                    <DataTable.Col source="direction" disableSort field={DirectionField} />
                    <DataTable.Col source="fromNumber" disableSort />
                    <DataTable.Col source="toNumber" disableSort />
                    <DataTable.Col source="outcome" disableSort field={OutcomeChip} />
                    <DataTable.Col source="durationSeconds" field={DurationField} />
                    <DataTable.Col source="choices" disableSort field={CallChoicesField} />
                    <DataTable.Col source="ticketId" disableSort field={CallTicketField} />
                </DataTable>
            </ReferenceManyField>
        </Box>
    );
};
