import { Edit } from 'react-admin';
import { RoutingRuleForm } from './RoutingRuleForm';

// Pessimistic, so validation errors from the server land on the inputs.
export const RoutingRuleEdit = () => (
    <Edit mutationMode="pessimistic" redirect="list">
        <RoutingRuleForm />
    </Edit>
);
