import AllInboxIcon from '@mui/icons-material/AllInbox';
import type { ResourceProps } from 'react-admin';
import { MailboxCreate } from './MailboxCreate';
import { MailboxEdit } from './MailboxEdit';
import { MailboxList } from './MailboxList';

export const mailboxes: Omit<ResourceProps, 'name'> = {
    list: MailboxList,
    edit: MailboxEdit,
    create: MailboxCreate,
    icon: AllInboxIcon,
    recordRepresentation: 'name',
};
