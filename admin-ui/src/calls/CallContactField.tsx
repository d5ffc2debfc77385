import { ReferenceField, TextField, type FieldProps } from 'react-admin';

/** The citizen the number belongs to, linked to their contact page; a contact without a name still shows. */
export const CallContactField = (_props: FieldProps) => (
    <ReferenceField source="contactId" reference="contacts" link="show">
        <TextField source="name" emptyText="app.ticket.anonymous" />
    </ReferenceField>
);

/** The ticket the call belongs to, by its reference. */
export const CallTicketField = (_props: FieldProps) => (
    <ReferenceField source="ticketId" reference="tickets" link="show" />
);
