import {
    FunctionField,
    NumberField,
    ReferenceField,
    SelectField,
    Show,
    SimpleShowLayout,
    TextField,
    TopToolbar,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { formatSize } from '../common/formatSize';
import type { QuarantinedEmail } from '../types';
import { reasonChoices } from './choices';
import { DismissButton } from './DismissButton';
import { ErrorField } from './ErrorField';
import { QuarantineStatusChip } from './QuarantineStatusChip';
import { RawMessageLink } from './RawMessageLink';
import { RetryButton } from './RetryButton';

const QuarantineActions = () => (
    <TopToolbar>
        <RetryButton />
        <DismissButton />
    </TopToolbar>
);

export const QuarantineShow = () => (
    <Show actions={<QuarantineActions />}>
        <SimpleShowLayout>
            <DateTimeField source="createdAt" />
            <ReferenceField source="mailboxId" reference="mailboxes" link="edit" emptyText="app.none" />
            <TextField source="fromAddress" emptyText="app.none" />
            <TextField source="subject" emptyText="app.none" />
            <SelectField source="reason" choices={reasonChoices} />
            <QuarantineStatusChip label="resources.quarantine.fields.status" />
            <ErrorField label="resources.quarantine.fields.error" />
            <NumberField source="attempts" />
            <ReferenceField source="ticketId" reference="tickets" link="show" emptyText="app.none">
                <TextField source="reference" />
            </ReferenceField>
            <DateTimeField source="resolvedAt" emptyText="app.none" />
            <FunctionField<QuarantinedEmail>
                source="size"
                render={(record) => (record.size == null ? '' : formatSize(record.size))}
            />
            <TextField source="messageIdHeader" emptyText="app.none" />
            <TextField source="uid" emptyText="app.none" />
            <RawMessageLink label="resources.quarantine.fields.rawUrl" />
        </SimpleShowLayout>
    </Show>
);
