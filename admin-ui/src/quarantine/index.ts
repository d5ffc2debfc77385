import GppMaybeIcon from '@mui/icons-material/GppMaybe';
import type { ResourceProps } from 'react-admin';
import type { QuarantinedEmail } from '../types';
import { QuarantineList } from './QuarantineList';
import { QuarantineShow } from './QuarantineShow';

export const quarantine: Omit<ResourceProps, 'name'> = {
    list: QuarantineList,
    show: QuarantineShow,
    icon: GppMaybeIcon,
    recordRepresentation: (record: QuarantinedEmail) => record.subject || record.fromAddress || '',
};
