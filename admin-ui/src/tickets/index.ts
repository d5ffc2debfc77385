import ConfirmationNumberIcon from '@mui/icons-material/ConfirmationNumber';
import type { ResourceProps } from 'react-admin';
import type { Ticket } from '../types';
import { TicketCreate } from './TicketCreate';
import { TicketList } from './TicketList';
import { TicketShow } from './TicketShow';

export const tickets: Omit<ResourceProps, 'name'> = {
    list: TicketList,
    show: TicketShow,
    create: TicketCreate,
    icon: ConfirmationNumberIcon,
    recordRepresentation: (ticket: Ticket) => ticket.reference,
};
