import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Ticket, TicketPriority } from '../types';

const colors: Record<TicketPriority, ChipProps['color']> = {
    low: 'default',
    normal: 'default',
    high: 'warning',
    urgent: 'error',
};

export const PriorityField = () => {
    const record = useRecordContext<Ticket>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <Chip
            size="small"
            variant={record.priority === 'urgent' ? 'filled' : 'outlined'}
            color={colors[record.priority]}
            label={translate(`resources.tickets.priority.${record.priority}`)}
        />
    );
};
