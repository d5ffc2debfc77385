import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Appointment } from '../types';

/** How the appointment was made: online, by phone, at the counter, or a walk-in. */
export const AppointmentChannelChip = (_props: FieldProps) => {
    const appointment = useRecordContext<Appointment>();
    const translate = useTranslate();
    if (!appointment) return null;
    return (
        <Chip
            size="small"
            variant="outlined"
            label={translate(`resources.appointments.channel.${appointment.channel}`, { _: appointment.channel })}
            data-channel={appointment.channel}
        />
    );
};
