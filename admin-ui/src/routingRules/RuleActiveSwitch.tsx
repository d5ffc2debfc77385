import { Switch } from '@mui/material';
import { BooleanField, useCanAccess, useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import type { RoutingRule } from '../types';

/** Switching a rule off and on again is frequent enough to do from the list. */
export const RuleActiveSwitch = () => {
    const rule = useRecordContext<RoutingRule>();
    const translate = useTranslate();
    const notify = useNotify();
    const { canAccess } = useCanAccess({ resource: 'routing-rules', action: 'edit' });
    const [update, { isPending }] = useUpdate<RoutingRule>();
    if (!rule) return null;
    if (!canAccess) return <BooleanField source="active" />;

    const toggle = (active: boolean) =>
        update(
            'routing-rules',
            { id: rule.id, data: { ...rule, active }, previousData: rule },
            {
                mutationMode: 'pessimistic',
                onSuccess: () => notify(active ? 'app.rule.activated' : 'app.rule.deactivated', { type: 'success' }),
                onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
            },
        );

    return (
        <Switch
            size="small"
            checked={rule.active}
            disabled={isPending}
            onClick={(event) => event.stopPropagation()}
            onChange={(_, active) => toggle(active)}
            slotProps={{
                input: { 'aria-label': `${translate('resources.routing-rules.fields.active')}: ${rule.name}` },
            }}
        />
    );
};
