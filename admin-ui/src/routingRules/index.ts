import AltRouteIcon from '@mui/icons-material/AltRoute';
import type { ResourceProps } from 'react-admin';
import { RoutingRuleCreate } from './RoutingRuleCreate';
import { RoutingRuleEdit } from './RoutingRuleEdit';
import { RoutingRuleList } from './RoutingRuleList';

export const routingRules: Omit<ResourceProps, 'name'> = {
    list: RoutingRuleList,
    edit: RoutingRuleEdit,
    create: RoutingRuleCreate,
    icon: AltRouteIcon,
    recordRepresentation: 'name',
};
