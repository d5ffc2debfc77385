import { Card, CardContent, Typography } from '@mui/material';
import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import { DirectionField } from '../calls/DirectionField';
import { DurationField } from '../calls/DurationField';
import { OutcomeChip } from '../calls/OutcomeChip';
import { DateTimeField } from '../common/DateTimeField';

const CallsCard = () => {
    const translate = useTranslate();
    return (
        <Card component="section" aria-label={translate('app.ticket.calls')}>
            <CardContent data-testid="ticket-calls">
                <Typography variant="h6" component="h2" gutterBottom>
                    {translate('app.ticket.calls')}
                </Typography>
                <DataTable rowClick="show" bulkActionButtons={false} size="small">
                    <DataTable.Col source="startedAt" field={DateTimeField} disableSort />
                    <DataTable.Col source="direction" disableSort field={DirectionField} />
                    <DataTable.Col source="fromNumber" disableSort />
                    <DataTable.Col source="toNumber" disableSort />
                    <DataTable.Col source="outcome" disableSort field={OutcomeChip} />
                    <DataTable.Col source="durationSeconds" disableSort field={DurationField} />
                </DataTable>
            </CardContent>
        </Card>
    );
};

/** The ticket's calls (voicemail, missed call, call-backs); nothing at all when there are none. */
export const TicketCalls = () => (
    <ReferenceManyField
        reference="calls"
        target="ticketId"
        sort={{ field: 'startedAt', order: 'DESC' }}
        perPage={50}
        loading={null}
        empty={null}
        error={null}
    >
        <CallsCard />
    </ReferenceManyField>
);
