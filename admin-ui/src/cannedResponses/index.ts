import ShortTextIcon from '@mui/icons-material/ShortText';
import type { ResourceProps } from 'react-admin';
import { CannedResponseCreate } from './CannedResponseCreate';
import { CannedResponseEdit } from './CannedResponseEdit';
import { CannedResponseList } from './CannedResponseList';

export const cannedResponses: Omit<ResourceProps, 'name'> = {
    list: CannedResponseList,
    edit: CannedResponseEdit,
    create: CannedResponseCreate,
    icon: ShortTextIcon,
    recordRepresentation: 'title',
};
