import { Alert } from '@mui/material';
import { DataTable, List, useCanAccess, useTranslate } from 'react-admin';
import { useEditRowClick } from '../common/useEditRowClick';
import type { RoutingRule } from '../types';
import { RuleActiveSwitch } from './RuleActiveSwitch';
import { RuleOrderButtons } from './RuleOrderButtons';
import { useRuleSummary } from './useRuleSummary';

const SemanticsAlert = () => {
    const translate = useTranslate();
    return (
        <Alert severity="info" sx={{ mt: 1 }} data-testid="routing-semantics">
            {translate('app.rule.semantics')}
        </Alert>
    );
};

/**
 * The order is the point of this list: it always shows every rule by
 * position, and the arrows (not column sorting) change it.
 */
export const RoutingRuleList = () => {
    const rowClick = useEditRowClick('routing-rules');
    const { canAccess: canReorder } = useCanAccess({ resource: 'routing-rules', action: 'edit' });
    const summary = useRuleSummary();
    return (
        <>
            <SemanticsAlert />
            <List
                sort={{ field: 'position', order: 'ASC' }}
                perPage={500}
                pagination={false}
                exporter={false}
                disableSyncWithLocation
            >
                <DataTable rowClick={rowClick} bulkActionButtons={false}>
                    <DataTable.Col source="position" disableSort />
                    <DataTable.Col source="name" disableSort />
                    <DataTable.Col source="active" disableSort field={RuleActiveSwitch} />
                    <DataTable.Col
                        source="conditionsSummary"
                        disableSort
                        render={(rule: RoutingRule) => summary.conditions(rule.conditions)}
                    />
                    <DataTable.Col
                        source="actionsSummary"
                        disableSort
                        render={(rule: RoutingRule) => summary.actions(rule.actions)}
                    />
                    {canReorder && <DataTable.Col label="" disableSort field={RuleOrderButtons} />}
                </DataTable>
            </List>
        </>
    );
};
