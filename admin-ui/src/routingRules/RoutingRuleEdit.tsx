import { Edit } from 'react-admin';
import { useVersionConflict } from '../common/conflict/useVersionConflict';
import { RoutingRuleForm } from './RoutingRuleForm';

// Pessimistic, so validation errors from the server land on the inputs and a colleague's save is a conflict.
export const RoutingRuleEdit = () => {
    const conflict = useVersionConflict('routing-rules');
    return (
        <>
            <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError: conflict.onError }}>
                <RoutingRuleForm />
            </Edit>
            {conflict.dialog}
        </>
    );
};
