import EventBusyIcon from '@mui/icons-material/EventBusy';
import type { ResourceProps } from 'react-admin';
import { DeskClosureCreate } from './DeskClosureCreate';
import { DeskClosureEdit } from './DeskClosureEdit';
import { DeskClosureList } from './DeskClosureList';

export const deskClosures: Omit<ResourceProps, 'name'> = {
    list: DeskClosureList,
    edit: DeskClosureEdit,
    create: DeskClosureCreate,
    icon: EventBusyIcon,
    recordRepresentation: 'reason',
};
