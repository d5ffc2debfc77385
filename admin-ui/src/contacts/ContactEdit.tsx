import { Edit } from 'react-admin';
import { ContactForm } from './ContactForm';

// Pessimistic, so validation errors from the server land on the fields.
export const ContactEdit = () => (
    <Edit mutationMode="pessimistic" redirect="show">
        <ContactForm />
    </Edit>
);
