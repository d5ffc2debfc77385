import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import {
    Alert,
    Dialog,
    DialogActions,
    DialogContent,
    DialogContentText,
    DialogTitle,
    Divider,
    FormControl,
    FormControlLabel,
    FormLabel,
    Radio,
    RadioGroup,
    Stack,
} from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { Button, useTranslate } from 'react-admin';
import { SlotPicker } from '../slotPicker/SlotPicker';
import type { Appointment, StaffBookingChannel } from '../types';
import { bookingChannelChoices } from './choices';
import { CitizenFields, type Citizen } from './CitizenFields';
import { fieldErrorsOf, isConflict, useBookAppointment } from './useAppointmentMutations';

export interface BookingDialogProps {
    open: boolean;
    onClose: () => void;
    /** Filled in from the ticket's contact, for instance. */
    citizen?: Partial<Citizen>;
    /** Links the appointment and the ticket both ways. */
    ticketId?: string;
    /** Fixed (a ticket's caller: phone); otherwise the agent chooses phone or counter. */
    channel?: StaffBookingChannel;
    onBooked?: (appointment: Appointment) => void;
}

const emptyCitizen: Citizen = { name: '', email: '', phone: '', language: 'nl' };

/** Books a free time for a citizen; the citizen gets the same confirmation as online. */
export const BookingDialog = (props: BookingDialogProps) => {
    const { open, onClose, citizen, ticketId, channel: fixedChannel, onBooked } = props;
    const translate = useTranslate();
    const [serviceId, setServiceId] = useState<string | null>(null);
    const [start, setStart] = useState<string | null>(null);
    const [who, setWho] = useState<Citizen>(emptyCitizen);
    const [channel, setChannel] = useState<StaffBookingChannel>(fixedChannel ?? 'phone');
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [problem, setProblem] = useState<string | null>(null);
    const book = useBookAppointment();

    const citizenKey = JSON.stringify(citizen ?? {});
    useEffect(() => {
        if (!open) return;
        setServiceId(null);
        setStart(null);
        setWho({ ...emptyCitizen, ...(JSON.parse(citizenKey) as Partial<Citizen>) });
        setChannel(fixedChannel ?? 'phone');
        setErrors({});
        setProblem(null);
    }, [open, citizenKey, fixedChannel]);

    const missing: Record<string, string> = {
        ...(who.name.trim().length < 2 && { name: 'app.appointment.name_needed' }),
        ...(!who.email.trim() && !who.phone.trim() && { email: 'app.appointment.contact_needed' }),
    };
    const ready = Boolean(serviceId && start) && Object.keys(missing).length === 0;

    const submit = (event: FormEvent) => {
        event.preventDefault();
        if (!serviceId || !start) return;
        if (!ready) {
            setErrors(missing);
            return;
        }
        setProblem(null);
        book.mutate(
            {
                serviceId,
                start,
                name: who.name.trim(),
                email: who.email.trim(),
                phone: who.phone.trim(),
                language: who.language,
                channel,
                ...(ticketId && { ticketId }),
            },
            {
                onSuccess: (appointment) => {
                    onBooked?.(appointment);
                    onClose();
                },
                onError: (error) => {
                    // The free times are asked again: a listed time that went is dropped,
                    // a typed one stays to be changed.
                    if (isConflict(error)) {
                        setProblem('app.appointment.taken');
                        return;
                    }
                    const fields = fieldErrorsOf(error);
                    setErrors(fields);
                    const shown = ['name', 'email', 'phone'].some((field) => field in fields);
                    if (fields.start) setProblem(`${translate('app.appointment.start_refused')} ${fields.start}`);
                    else setProblem(shown ? null : error.message);
                },
            },
        );
    };

    const changeCitizen = (next: Citizen) => {
        setWho(next);
        setErrors({});
    };

    return (
        <Dialog
            open={open}
            onClose={book.isPending ? undefined : onClose}
            fullWidth
            maxWidth="sm"
            aria-labelledby="booking-title"
        >
            <form onSubmit={submit} noValidate>
                <DialogTitle id="booking-title">{translate('app.appointment.book')}</DialogTitle>
                <DialogContent>
                    <DialogContentText sx={{ mb: 2 }}>{translate('app.appointment.book_help')}</DialogContentText>
                    <Stack spacing={2}>
                        <SlotPicker
                            serviceId={serviceId}
                            onServiceChange={setServiceId}
                            value={start}
                            onChange={setStart}
                            disabled={book.isPending}
                        />
                        <Divider />
                        <CitizenFields value={who} onChange={changeCitizen} errors={errors} disabled={book.isPending} />
                        {!fixedChannel && (
                            <FormControl>
                                <FormLabel id="booking-channel">{translate('app.appointment.channel')}</FormLabel>
                                <RadioGroup
                                    row
                                    aria-labelledby="booking-channel"
                                    value={channel}
                                    onChange={(event) => setChannel(event.target.value as StaffBookingChannel)}
                                >
                                    {bookingChannelChoices.map((choice) => (
                                        <FormControlLabel
                                            key={choice.id}
                                            value={choice.id}
                                            control={<Radio />}
                                            label={translate(choice.name)}
                                            disabled={book.isPending}
                                        />
                                    ))}
                                </RadioGroup>
                            </FormControl>
                        )}
                        {problem && <Alert severity="error">{translate(problem, { _: problem })}</Alert>}
                    </Stack>
                </DialogContent>
                <DialogActions>
                    <Button label="ra.action.cancel" onClick={onClose} disabled={book.isPending} />
                    <Button
                        label="app.appointment.book"
                        type="submit"
                        variant="contained"
                        disabled={book.isPending || !serviceId || !start}
                        data-testid="booking-submit"
                    >
                        <EventAvailableIcon />
                    </Button>
                </DialogActions>
            </form>
        </Dialog>
    );
};
