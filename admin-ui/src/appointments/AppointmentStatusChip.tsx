import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Appointment, AppointmentStatus } from '../types';

const colors: Record<AppointmentStatus, ChipProps['color']> = {
    booked: 'primary',
    checked_in: 'info',
    completed: 'success',
    no_show: 'warning',
    cancelled: 'default',
};

export const AppointmentStatusChip = (_props: FieldProps) => {
    const appointment = useRecordContext<Appointment>();
    const translate = useTranslate();
    if (!appointment) return null;
    return (
        <Chip
            size="small"
            color={colors[appointment.status] ?? 'default'}
            variant={appointment.status === 'cancelled' ? 'outlined' : 'filled'}
            label={translate(`resources.appointments.status.${appointment.status}`, { _: appointment.status })}
            data-status={appointment.status}
        />
    );
};
