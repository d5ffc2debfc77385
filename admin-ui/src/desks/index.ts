import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import type { ResourceProps } from 'react-admin';
import { DeskCreate } from './DeskCreate';
import { DeskEdit } from './DeskEdit';

/** No list of its own: a location's page lists its desks. */
export const desks: Omit<ResourceProps, 'name'> = {
    edit: DeskEdit,
    create: DeskCreate,
    icon: PointOfSaleIcon,
    recordRepresentation: 'name',
};
