import CategoryIcon from '@mui/icons-material/Category';
import type { ResourceProps } from 'react-admin';
import { CategoryCreate } from './CategoryCreate';
import { CategoryEdit } from './CategoryEdit';
import { CategoryList } from './CategoryList';
import { CategoryNameField } from './categoryName';

export const categories: Omit<ResourceProps, 'name'> = {
    list: CategoryList,
    edit: CategoryEdit,
    create: CategoryCreate,
    icon: CategoryIcon,
    recordRepresentation: <CategoryNameField />,
};
