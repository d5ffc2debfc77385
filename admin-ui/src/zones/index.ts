import MapIcon from '@mui/icons-material/Map';
import type { ResourceProps } from 'react-admin';
import { ZoneCreate } from './ZoneCreate';
import { ZoneEdit } from './ZoneEdit';
import { ZoneList } from './ZoneList';

export const zones: Omit<ResourceProps, 'name'> = {
    list: ZoneList,
    edit: ZoneEdit,
    create: ZoneCreate,
    icon: MapIcon,
    recordRepresentation: 'name',
};
