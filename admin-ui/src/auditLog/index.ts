import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import type { ResourceProps } from 'react-admin';
import { AuditLogList } from './AuditLogList';

export const auditLog: Omit<ResourceProps, 'name'> = {
    list: AuditLogList,
    icon: ManageSearchIcon,
};
