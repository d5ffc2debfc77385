import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import type { ResourceProps } from 'react-admin';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';

export const users: Omit<ResourceProps, 'name'> = {
    list: UserList,
    edit: UserEdit,
    create: UserCreate,
    icon: ManageAccountsIcon,
    recordRepresentation: 'name',
};
