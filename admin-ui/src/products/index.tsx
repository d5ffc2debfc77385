import Inventory2Icon from '@mui/icons-material/Inventory2';
import type { ResourceProps } from 'react-admin';
import { ProductCreate } from './ProductCreate';
import { ProductEdit } from './ProductEdit';
import { ProductList } from './ProductList';
import { ProductNameField } from './productName';
import { ProductShow } from './ProductShow';

/** Resource "services": the products citizens make an appointment for (a passport, a moving notice). */
export const products: Omit<ResourceProps, 'name'> = {
    list: ProductList,
    show: ProductShow,
    edit: ProductEdit,
    create: ProductCreate,
    icon: Inventory2Icon,
    recordRepresentation: <ProductNameField />,
};
