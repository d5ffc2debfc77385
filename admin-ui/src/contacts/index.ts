import ContactsIcon from '@mui/icons-material/Contacts';
import type { ResourceProps } from 'react-admin';
import { ContactCreate } from './ContactCreate';
import { ContactEdit } from './ContactEdit';
import { ContactList } from './ContactList';
import { ContactShow } from './ContactShow';

export const contacts: Omit<ResourceProps, 'name'> = {
    list: ContactList,
    show: ContactShow,
    edit: ContactEdit,
    create: ContactCreate,
    icon: ContactsIcon,
    recordRepresentation: 'name',
};
