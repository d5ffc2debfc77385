import { DeleteButton, SaveButton, Toolbar, useRecordContext } from 'react-admin';
import type { RoutingRule } from '../types';

export const RuleToolbar = () => {
    const rule = useRecordContext<RoutingRule>();
    return (
        <Toolbar sx={{ justifyContent: 'space-between' }}>
            <SaveButton />
            {rule && (
                <DeleteButton
                    mutationMode="pessimistic"
                    confirmTitle="app.rule.delete_title"
                    confirmContent="app.rule.delete_content"
                    translateOptions={{ name: rule.name }}
                />
            )}
        </Toolbar>
    );
};
