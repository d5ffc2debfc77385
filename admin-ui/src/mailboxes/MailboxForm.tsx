import { Typography } from '@mui/material';
import {
    BooleanInput,
    NumberInput,
    PasswordInput,
    SimpleForm,
    TextInput,
    email,
    maxValue,
    minValue,
    required,
    useTranslate,
} from 'react-admin';
import { DepartmentInput } from '../departments/DepartmentInput';
import { EnvironmentNote } from './EnvironmentNote';
import { MailboxStatus } from './MailboxStatus';
import { MailboxToolbar } from './MailboxToolbar';

const defaults = { imapPort: 993, imapTls: true, folder: 'INBOX', active: true };

const validateRequiredEmail = [required(), email()];
const validatePort = [required(), minValue(1), maxValue(65535)];

const SectionTitle = ({ label }: { label: string }) => {
    const translate = useTranslate();
    return (
        <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
            {translate(label)}
        </Typography>
    );
};

// The stored password never comes back from the server: on edit the input
// starts empty and only a typed value replaces the stored one.
export const MailboxForm = ({ isCreate = false }: { isCreate?: boolean }) => (
    <SimpleForm defaultValues={defaults} toolbar={<MailboxToolbar />} sx={{ maxWidth: 720 }}>
        {!isCreate && <EnvironmentNote />}
        {!isCreate && <MailboxStatus />}
        <TextInput source="name" validate={required()} />
        <TextInput
            source="address"
            type="email"
            validate={validateRequiredEmail}
            helperText="app.mailbox.address_help"
        />
        <SectionTitle label="app.mailbox.imap" />
        <TextInput source="imapHost" validate={required()} />
        <NumberInput source="imapPort" validate={validatePort} min={1} max={65535} step={1} />
        <BooleanInput source="imapTls" />
        <TextInput source="imapUser" autoComplete="off" validate={required()} />
        <PasswordInput
            source="imapPassword"
            // Keeps the browser from filling in the administrator's own login password.
            autoComplete="new-password"
            validate={isCreate ? required() : undefined}
            helperText={isCreate ? undefined : 'app.mailbox.password_keep'}
        />
        <TextInput source="folder" validate={required()} />
        <SectionTitle label="app.mailbox.handling" />
        <TextInput source="processedFolder" />
        <DepartmentInput source="defaultDepartmentId" emptyText="app.none" />
        <TextInput source="fromAddress" type="email" validate={email()} helperText="app.mailbox.from_help" />
        <BooleanInput source="active" />
    </SimpleForm>
);
