import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { IconButton, Stack, Tooltip } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MouseEvent, ReactNode } from 'react';
import { useDataProvider, useListContext, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { RoutingRule } from '../types';

/**
 * Moves a rule one place up or down. The server wants the whole order, so
 * the list shows every rule on one page and the ids come from there.
 */
export const RuleOrderButtons = () => {
    const rule = useRecordContext<RoutingRule>();
    const { data: rules = [] } = useListContext<RoutingRule>();
    const translate = useTranslate();
    const notify = useNotify();
    const queryClient = useQueryClient();
    const dataProvider = useDataProvider<VoordeurDataProvider>();

    const { mutate, isPending } = useMutation({
        mutationFn: (ids: string[]) => dataProvider.reorderRoutingRules(ids),
        onSuccess: () => {
            notify('app.rule.reordered', { type: 'success' });
            return queryClient.invalidateQueries({ queryKey: ['routing-rules'] });
        },
        onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    });

    if (!rule) return null;
    const index = rules.findIndex((r) => r.id === rule.id);
    const move = (offset: -1 | 1) => (event: MouseEvent) => {
        // The row itself opens the rule.
        event.stopPropagation();
        const ids = rules.map((r) => r.id);
        [ids[index], ids[index + offset]] = [ids[index + offset], ids[index]];
        mutate(ids);
    };
    const button = (offset: -1 | 1, label: string, icon: ReactNode, disabled: boolean) => (
        <Tooltip title={translate(label)} disableInteractive>
            <span>
                <IconButton
                    size="small"
                    aria-label={`${translate(label)}: ${rule.name}`}
                    onClick={move(offset)}
                    disabled={disabled || isPending}
                >
                    {icon}
                </IconButton>
            </span>
        </Tooltip>
    );
    return (
        <Stack direction="row">
            {button(-1, 'app.rule.move_up', <ArrowUpwardIcon fontSize="small" />, index <= 0)}
            {button(
                1,
                'app.rule.move_down',
                <ArrowDownwardIcon fontSize="small" />,
                index < 0 || index >= rules.length - 1,
            )}
        </Stack>
    );
};
