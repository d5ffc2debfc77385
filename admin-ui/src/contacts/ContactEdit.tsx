import { Edit } from 'react-admin';
import { useVersionConflict } from '../common/conflict/useVersionConflict';
import { ContactForm } from './ContactForm';

// Pessimistic, so validation errors from the server land on the fields and a colleague's save is a conflict.
export const ContactEdit = () => {
    const conflict = useVersionConflict('contacts');
    return (
        <>
            <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError: conflict.onError }}>
                <ContactForm />
            </Edit>
            {conflict.dialog}
        </>
    );
};
