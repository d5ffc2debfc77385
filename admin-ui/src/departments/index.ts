import ApartmentIcon from '@mui/icons-material/Apartment';
import type { ResourceProps } from 'react-admin';
import { DepartmentCreate } from './DepartmentCreate';
import { DepartmentEdit } from './DepartmentEdit';
import { DepartmentList } from './DepartmentList';

export const departments: Omit<ResourceProps, 'name'> = {
    list: DepartmentList,
    edit: DepartmentEdit,
    create: DepartmentCreate,
    icon: ApartmentIcon,
    recordRepresentation: 'name',
};
