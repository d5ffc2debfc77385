import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { VisitStatus } from '../types';

const colors: Record<VisitStatus, ChipProps['color']> = {
    waiting: 'default',
    called: 'warning',
    serving: 'success',
    done: 'primary',
    no_show: 'error',
    cancelled: 'default',
};

/** Waiting, called (not at the desk yet), being served… */
export const VisitStatusChip = ({ status, size = 'small' }: { status: VisitStatus; size?: ChipProps['size'] }) => {
    const translate = useTranslate();
    return (
        <Chip
            size={size}
            color={colors[status] ?? 'default'}
            variant={status === 'waiting' ? 'outlined' : 'filled'}
            label={translate(`app.visit.status.${status}`, { _: status })}
            data-status={status}
        />
    );
};
