import EventNoteIcon from '@mui/icons-material/EventNote';
import type { ResourceProps } from 'react-admin';
import { AppointmentList } from './AppointmentList';
import { AppointmentShow } from './AppointmentShow';

/** Booked through the dialog (list, ticket) or walk-ins on the day planning; no forms of their own. */
export const appointments: Omit<ResourceProps, 'name'> = {
    list: AppointmentList,
    show: AppointmentShow,
    icon: EventNoteIcon,
    recordRepresentation: 'code',
};
