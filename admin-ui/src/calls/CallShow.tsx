import { Stack } from '@mui/material';
import type { ReactElement } from 'react';
import { Labeled, ReferenceField, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
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
    const number =
        (call.direction === 'outbound' ? call.toNumber : call.fromNumber) || translate('app.call.hidden_number');
    return <>{translate('app.call.title', { number, date: formatDateTime(call.startedAt) })}</>;
};

const isEmpty = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * A labelled field, left out when the call has no value for it: a call-back
 * has no menu choices or voicemail, an inbound call nobody who started it.
 */
interface RowProps {
    source: keyof PhoneCall & string;
    /** Shown even when empty (the field says what that means). */
    always?: boolean;
    children: ReactElement;
}

const Row = ({ source, always, children }: RowProps) => {
    const call = useRecordContext<PhoneCall>();
    if (!call || (!always && isEmpty(call[source]))) return null;
    return <Labeled source={source}>{children}</Labeled>;
};

export const CallShow = () => (
    <Show title={<CallTitle />}>
        <Stack spacing={1.5} sx={{ p: 2, alignItems: 'flex-start' }}>
            <Row source="startedAt" always>
                <DateTimeField source="startedAt" />
            </Row>
            <Row source="endedAt" always>
                <DateTimeField source="endedAt" emptyText="app.call.ongoing" />
            </Row>
            <Row source="direction" always>
                <DirectionField source="direction" />
            </Row>
            <Row source="fromNumber" always>
                <TextField source="fromNumber" emptyText="app.call.hidden_number" />
            </Row>
            <Row source="toNumber">
                <TextField source="toNumber" />
            </Row>
            <Row source="outcome" always>
                <OutcomeChip source="outcome" />
            </Row>
            <Row source="durationSeconds">
                <DurationField source="durationSeconds" />
            </Row>
            <Row source="choices">
                <CallChoicesField source="choices" />
            </Row>
            <Row source="contactId">
                <CallContactField source="contactId" />
            </Row>
            <Row source="ticketId">
                <CallTicketField source="ticketId" />
            </Row>
            <Row source="departmentId">
                <ReferenceField source="departmentId" reference="departments" link={false} />
            </Row>
            <Row source="startedByUserId">
                <ReferenceField source="startedByUserId" reference="users" link={false} />
            </Row>
            <Row source="recordingSeconds">
                <DurationField source="recordingSeconds" />
            </Row>
            <Row source="transcription">
                <TextField source="transcription" sx={{ whiteSpace: 'pre-wrap' }} />
            </Row>
            <Row source="status" always>
                <TextField source="status" />
            </Row>
            <Row source="callSid" always>
                <TextField source="callSid" />
            </Row>
        </Stack>
    </Show>
);
