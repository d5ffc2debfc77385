import {
    Labeled,
    ReferenceField,
    Show,
    SimpleShowLayout,
    TextField,
    useRecordContext,
    useTranslate,
} from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import { DateTimeField } from '../common/DateTimeField';
import type { PhoneCall } from '../types';
import { CallChoicesField } from './CallChoicesField';
import { CallContactField, CallTicketField } from './CallContactField';
import { DirectionField } from './DirectionField';
import { DurationField } from './DurationField';
import { OutcomeChip } from './OutcomeChip';

const CallTitle = () => {
    const call = useRecordContext<PhoneCall>();
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    if (!call) return null;
    const number = (call.direction === 'outbound' ? call.toNumber : call.fromNumber) || translate('app.call.hidden_number');
    return <>{translate('app.call.title', { number, date: formatDateTime(call.startedAt) })}</>;
};

/** Who started a call-back; inbound calls have nobody. */
const StartedBy = () => {
    const call = useRecordContext<PhoneCall>();
    if (!call?.startedByUserId) return null;
    return (
        <Labeled source="startedByUserId">
            <ReferenceField source="startedByUserId" reference="users" link={false} />
        </Labeled>
    );
};

export const CallShow = () => (
    <Show title={<CallTitle />}>
        <SimpleShowLayout>
            <DateTimeField source="startedAt" />
            <DateTimeField source="endedAt" emptyText="app.call.ongoing" />
            <DirectionField source="direction" />
            <TextField source="fromNumber" emptyText="app.call.hidden_number" />
            <TextField source="toNumber" />
            <OutcomeChip source="outcome" />
            <DurationField source="durationSeconds" />
            <CallChoicesField source="choices" />
            <CallContactField source="contactId" />
            <CallTicketField source="ticketId" />
            <ReferenceField source="departmentId" reference="departments" link={false} emptyText="app.none" />
            <StartedBy />
            <DurationField source="recordingSeconds" />
            <TextField source="transcription" sx={{ whiteSpace: 'pre-wrap' }} emptyText="app.none" />
            <TextField source="status" />
            <TextField source="callSid" />
        </SimpleShowLayout>
    </Show>
);
