import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import { useVersionConflict } from '../common/conflict/useVersionConflict';
import type { Ticket, TicketStatus } from '../types';
import { statusChoices } from './choices';
import { useRefreshTicket } from './useRefreshTicket';

/** Changing the status is the most frequent action: one click. */
export const TicketStatusButtons = () => {
    const record = useRecordContext<Ticket>();
    const translate = useTranslate();
    const notify = useNotify();
    const refreshTicket = useRefreshTicket();
    const [update, { isPending }] = useUpdate<Ticket>();
    const conflict = useVersionConflict('tickets', { onSaved: refreshTicket });
    if (!record) return null;

    const changeStatus = (status: TicketStatus | null) => {
        if (!status || status === record.status) return;
        update(
            'tickets',
            { id: record.id, data: { status }, previousData: record },
            {
                mutationMode: 'pessimistic',
                onSuccess: () => {
                    notify('ra.notification.updated', { type: 'success', messageArgs: { smart_count: 1 } });
                    return refreshTicket();
                },
                onError: (error, variables) => conflict.onError(error, variables),
            },
        );
    };

    return (
        <>
            {conflict.dialog}
            <ToggleButtonGroup
                exclusive
                fullWidth
                orientation="vertical"
                size="small"
                color="primary"
                value={record.status}
                disabled={isPending}
                onChange={(_, status: TicketStatus | null) => changeStatus(status)}
                aria-label={translate('app.ticket.quick_status')}
            >
                {statusChoices.map((choice) => (
                    <ToggleButton key={choice.id} value={choice.id}>
                        {translate(choice.name)}
                    </ToggleButton>
                ))}
            </ToggleButtonGroup>
        </>
    );
};
