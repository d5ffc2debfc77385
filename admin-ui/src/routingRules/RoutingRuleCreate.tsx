import { Create } from 'react-admin';
import { RoutingRuleForm } from './RoutingRuleForm';

// The server puts a new rule last; the list is where it gets its place.
export const RoutingRuleCreate = () => (
    <Create redirect="list">
        <RoutingRuleForm />
    </Create>
);
