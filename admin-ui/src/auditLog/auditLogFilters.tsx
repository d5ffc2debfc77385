import { DateInput, SelectInput, TextInput } from 'react-admin';
import { UserInput } from '../users/UserInput';
import { actionChoices, entityTypeChoices } from './choices';

// The dates are calendar days in Brussels; the data provider turns them into instants.
export const auditLogFilters = [
    <UserInput key="actorUserId" source="actorUserId" alwaysOn />,
    <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
    <SelectInput key="entityType" source="entityType" choices={entityTypeChoices} alwaysOn />,
    <TextInput key="entityId" source="entityId" />,
    <DateInput key="at_gte" source="at_gte" />,
    <DateInput key="at_lte" source="at_lte" />,
];
