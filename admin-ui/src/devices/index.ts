import ConnectedTvIcon from '@mui/icons-material/ConnectedTv';
import type { ResourceProps } from 'react-admin';
import { DeviceCreate } from './DeviceCreate';
import { DeviceList } from './DeviceList';

export const devices: Omit<ResourceProps, 'name'> = {
    list: DeviceList,
    create: DeviceCreate,
    icon: ConnectedTvIcon,
    recordRepresentation: 'name',
};
