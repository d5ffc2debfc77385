import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Ticket, TicketStatus } from '../types';

const colors: Record<TicketStatus, ChipProps['color']> = {
    new: 'info',
    open: 'primary',
    pending_citizen: 'warning',
    resolved: 'success',
    closed: 'default',
};

export const StatusChip = (props: { size?: ChipProps['size'] }) => {
    const record = useRecordContext<Ticket>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <Chip
            size={props.size ?? 'small'}
            color={colors[record.status]}
            label={translate(`resources.tickets.status.${record.status}`)}
        />
    );
};
