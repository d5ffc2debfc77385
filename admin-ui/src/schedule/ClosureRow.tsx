import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { IconButton, ListItem, ListItemText, Tooltip } from '@mui/material';
import { useState } from 'react';
import { Confirm, useDelete, useNotify, useTranslate } from 'react-admin';
import { useFormatDay } from '../common/dates';
import type { Closure } from '../types';

const today = () => new Date().toISOString().slice(0, 10);

export const ClosureRow = ({ closure }: { closure: Closure }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const formatDay = useFormatDay();
    const [confirming, setConfirming] = useState(false);
    const [remove, { isPending }] = useDelete<Closure>();
    const dates =
        closure.startDate === closure.endDate
            ? formatDay(closure.startDate)
            : `${formatDay(closure.startDate)} – ${formatDay(closure.endDate)}`;
    const past = closure.endDate.slice(0, 10) < today();

    const confirm = () =>
        remove(
            'closures',
            { id: closure.id, previousData: closure },
            {
                mutationMode: 'pessimistic',
                onSuccess: () => notify('app.schedule.closure_deleted', { type: 'success' }),
                onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
                onSettled: () => setConfirming(false),
            },
        );

    return (
        <ListItem
            disableGutters
            divider
            sx={{ color: past ? 'text.disabled' : undefined }}
            secondaryAction={
                <Tooltip title={translate('app.schedule.delete_closure')} disableInteractive>
                    <IconButton
                        edge="end"
                        aria-label={`${translate('app.schedule.delete_closure')}: ${dates}`}
                        onClick={() => setConfirming(true)}
                        disabled={isPending}
                    >
                        <DeleteOutlineIcon />
                    </IconButton>
                </Tooltip>
            }
        >
            <ListItemText primary={dates} secondary={closure.reason} />
            <Confirm
                isOpen={confirming}
                loading={isPending}
                title="app.schedule.delete_closure"
                content="app.schedule.delete_closure_content"
                translateOptions={{ dates, reason: closure.reason }}
                onConfirm={confirm}
                onClose={() => setConfirming(false)}
            />
        </ListItem>
    );
};
