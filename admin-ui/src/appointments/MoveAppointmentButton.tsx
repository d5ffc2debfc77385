import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { useVersionConflict } from '../common/conflict/useVersionConflict';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import { SlotPicker } from '../slotPicker/SlotPicker';
import type { Appointment } from '../types';
import { isChangeable } from './changeable';
import { fieldErrorsOf, isConflict, useFormatWhen, useMoveAppointment } from './useAppointmentMutations';

/** "Verplaatsen": another free time for the same product; the citizen is told. */
export const MoveAppointmentButton = () => {
    const appointment = useRecordContext<Appointment>();
    const translate = useTranslate();
    const formatWhen = useFormatWhen();
    const { canAccess } = useCanAccess({ resource: 'appointments', action: 'edit' });
    const [open, setOpen] = useState(false);
    const [start, setStart] = useState<string | null>(null);
    const [problem, setProblem] = useState<string | null>(null);
    const move = useMoveAppointment();
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const conflict = useVersionConflict('appointments');
    if (!appointment || !canAccess || !isChangeable(appointment)) return null;

    const openDialog = () => {
        setStart(null);
        setProblem(null);
        setOpen(true);
    };

    const confirm = () => {
        if (!start) return;
        setProblem(null);
        move.mutate(
            { id: appointment.id, start, version: appointment.version },
            {
                onSuccess: () => setOpen(false),
                onError: (error) => {
                    // a colleague moved or changed it since this page loaded: say who, offer to move it again
                    const again = (current: RaRecord) =>
                        dataProvider.moveAppointment(appointment.id, start, current.version);
                    if (conflict.handle(error, appointment.id, { startsAt: start }, again)) {
                        setOpen(false);
                    } else if (isConflict(error)) {
                        setProblem(translate('app.appointment.taken'));
                    } else {
                        const fields = fieldErrorsOf(error);
                        setProblem(fields.start ?? error.message);
                    }
                },
            },
        );
    };

    return (
        <>
            {conflict.dialog}
            <Button label="app.appointment.move" onClick={openDialog} data-testid="move-appointment">
                <EditCalendarIcon />
            </Button>
            <Dialog
                open={open}
                onClose={move.isPending ? undefined : () => setOpen(false)}
                fullWidth
                maxWidth="sm"
                aria-labelledby="move-title"
            >
                <DialogTitle id="move-title">
                    {translate('app.appointment.move_title', { code: appointment.code })}
                </DialogTitle>
                <DialogContent>
                    <DialogContentText sx={{ mb: 2 }}>
                        {translate('app.appointment.move_help', { date: formatWhen(appointment.startsAt) })}
                    </DialogContentText>
                    <Stack spacing={2}>
                        <SlotPicker
                            serviceId={appointment.serviceId}
                            value={start}
                            onChange={setStart}
                            disabled={move.isPending}
                        />
                        {problem && <Alert severity="error">{problem}</Alert>}
                    </Stack>
                </DialogContent>
                <DialogActions>
                    <Button label="ra.action.close" onClick={() => setOpen(false)} disabled={move.isPending} />
                    <Button
                        label="app.appointment.move"
                        variant="contained"
                        onClick={confirm}
                        disabled={move.isPending || !start}
                        data-testid="move-confirm"
                    >
                        <EditCalendarIcon />
                    </Button>
                </DialogActions>
            </Dialog>
        </>
    );
};
