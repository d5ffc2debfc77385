import StorefrontIcon from '@mui/icons-material/Storefront';
import type { ResourceProps } from 'react-admin';
import { LocationCreate } from './LocationCreate';
import { LocationEdit } from './LocationEdit';
import { LocationList } from './LocationList';
import { LocationShow } from './LocationShow';

export const locations: Omit<ResourceProps, 'name'> = {
    list: LocationList,
    show: LocationShow,
    edit: LocationEdit,
    create: LocationCreate,
    icon: StorefrontIcon,
    recordRepresentation: 'name',
};
