import TimerIcon from '@mui/icons-material/Timer';
import type { ResourceProps } from 'react-admin';
import { SlaPolicyCreate } from './SlaPolicyCreate';
import { SlaPolicyEdit } from './SlaPolicyEdit';
import { SlaPolicyList } from './SlaPolicyList';

export const slaPolicies: Omit<ResourceProps, 'name'> = {
    list: SlaPolicyList,
    edit: SlaPolicyEdit,
    create: SlaPolicyCreate,
    icon: TimerIcon,
};
