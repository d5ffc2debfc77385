import { Create } from 'react-admin';
import { ContactForm } from './ContactForm';

export const ContactCreate = () => (
    <Create redirect="show">
        <ContactForm />
    </Create>
);
