import EventIcon from '@mui/icons-material/Event';
import { useState } from 'react';
import { Button, useCanAccess, useCreatePath } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { BookingDialog, type BookingDialogProps } from './BookingDialog';

type BookAppointmentButtonProps = Pick<BookingDialogProps, 'citizen' | 'ticketId' | 'channel'> & {
    /** Open the new appointment afterwards (from the list); from a ticket the agent stays there. */
    showAfterwards?: boolean;
};

/** "Afspraak maken": the booking dialog, for a caller or a citizen at the counter. */
export const BookAppointmentButton = ({ showAfterwards, ...dialogProps }: BookAppointmentButtonProps) => {
    const [open, setOpen] = useState(false);
    const navigate = useNavigate();
    const createPath = useCreatePath();
    const { canAccess } = useCanAccess({ resource: 'appointments', action: 'create' });
    if (!canAccess) return null;
    return (
        <>
            <Button label="app.appointment.book" onClick={() => setOpen(true)} data-testid="book-appointment">
                <EventIcon />
            </Button>
            <BookingDialog
                {...dialogProps}
                open={open}
                onClose={() => setOpen(false)}
                onBooked={(appointment) => {
                    if (!showAfterwards) return;
                    navigate(createPath({ resource: 'appointments', id: appointment.id, type: 'show' }));
                }}
            />
        </>
    );
};
