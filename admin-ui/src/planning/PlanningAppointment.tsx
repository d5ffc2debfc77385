import { ListItem, ListItemButton, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useCreatePath, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { AppointmentChannelChip } from '../appointments/AppointmentChannelChip';
import { AppointmentStatusChip } from '../appointments/AppointmentStatusChip';
import { VisitStatusChip } from '../visits/VisitStatusChip';
import { useFormatTime } from '../common/dates';
import type { Appointment } from '../types';

interface PlanningAppointmentProps {
    appointment: Appointment;
    productName: string;
    /** Going on right now: marked at the side. */
    now: boolean;
}

/**
 * One appointment on the planning: time, code, product, name, how it was made and where it stands. Opens it. Its
 * name is all of that text, as shown (a voice-control user says what they see).
 */
export const PlanningAppointment = ({ appointment, productName, now }: PlanningAppointmentProps) => {
    const navigate = useNavigate();
    const createPath = useCreatePath();
    const formatTime = useFormatTime();
    const translate = useTranslate();
    const cancelled = appointment.status === 'cancelled';
    const time = `${formatTime(appointment.startsAt)}–${formatTime(appointment.endsAt)}`;
    return (
        <RecordContextProvider value={appointment}>
            {/* inside the desk's list: the button goes inside a list item */}
            <ListItem disablePadding>
                <ListItemButton
                    divider
                    onClick={() => navigate(createPath({ resource: 'appointments', id: appointment.id, type: 'show' }))}
                    data-testid="planning-appointment"
                    data-code={appointment.code}
                    data-visit-status={appointment.visit?.status}
                    sx={{
                        display: 'block',
                        opacity: cancelled ? 0.55 : 1,
                        borderLeft: 4,
                        borderLeftColor: now ? 'primary.main' : 'transparent',
                    }}
                >
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', justifyContent: 'space-between' }}>
                        <Typography
                            variant="body2"
                            sx={{
                                fontWeight: 600,
                                fontVariantNumeric: 'tabular-nums',
                                textDecoration: cancelled ? 'line-through' : undefined,
                            }}
                        >
                            {time}
                        </Typography>
                        <Typography variant="caption" sx={{ fontFamily: 'monospace' }}>
                            {appointment.code}
                        </Typography>
                    </Stack>
                    <Typography variant="body2">{productName}</Typography>
                    <Typography variant="body2" color="text.secondary" noWrap title={appointment.name}>
                        {appointment.name}
                    </Typography>
                    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mt: 0.5 }}>
                        <AppointmentChannelChip source="channel" />
                        {/* at the counter the visit tells where the visitor stands: waiting, called, served */}
                        {appointment.visit ? (
                            <>
                                <Typography variant="caption" sx={{ alignSelf: 'center', fontWeight: 600 }}>
                                    {translate('app.planning.queue_number', { number: appointment.visit.number })}
                                </Typography>
                                <VisitStatusChip status={appointment.visit.status} />
                            </>
                        ) : (
                            <AppointmentStatusChip source="status" />
                        )}
                    </Stack>
                </ListItemButton>
            </ListItem>
        </RecordContextProvider>
    );
};
