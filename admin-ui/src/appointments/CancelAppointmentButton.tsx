import EventBusyIcon from '@mui/icons-material/EventBusy';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useRecordContext } from 'react-admin';
import type { Appointment } from '../types';
import { isChangeable } from './changeable';
import { useCancelAppointment, useFormatWhen } from './useAppointmentMutations';

/** "Annuleren", after a confirmation: the citizen is told and the time becomes free. */
export const CancelAppointmentButton = () => {
    const appointment = useRecordContext<Appointment>();
    const formatWhen = useFormatWhen();
    const { canAccess } = useCanAccess({ resource: 'appointments', action: 'delete' });
    const [confirming, setConfirming] = useState(false);
    const cancel = useCancelAppointment();
    if (!appointment || !canAccess || !isChangeable(appointment)) return null;
    return (
        <>
            <Button
                label="app.appointment.cancel"
                color="error"
                onClick={() => setConfirming(true)}
                data-testid="cancel-appointment"
            >
                <EventBusyIcon />
            </Button>
            <Confirm
                isOpen={confirming}
                loading={cancel.isPending}
                title="app.appointment.cancel_title"
                content="app.appointment.cancel_content"
                translateOptions={{ code: appointment.code, date: formatWhen(appointment.startsAt) }}
                confirm="app.appointment.cancel_confirm"
                cancel="app.appointment.keep"
                confirmColor="warning"
                onConfirm={() => cancel.mutate(appointment.id, { onSettled: () => setConfirming(false) })}
                onClose={() => setConfirming(false)}
            />
        </>
    );
};
