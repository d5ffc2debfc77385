import { useMutation, useQueryClient } from '@tanstack/react-query';
import { HttpError, useDataProvider, useNotify, type Identifier } from 'react-admin';
import { toBrusselsWallClock, useFormatDay } from '../common/dates';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import { slotDay, slotTime } from '../slotPicker/slotDays';
import type { Appointment, BookingParams } from '../types';

/** 409: the time was taken meanwhile (or, for a walk-in, every desk is busy now). */
export const isConflict = (error: unknown) => error instanceof HttpError && error.status === 409;

/** The server's per-field messages of a 400 ({errors: {email: …}}). */
export const fieldErrorsOf = (error: unknown): Record<string, string> => {
    if (!(error instanceof HttpError) || error.status !== 400) return {};
    const errors = (error.body as { errors?: Record<string, unknown> } | null)?.errors ?? {};
    return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, String(message)]));
};

/** Lists, cards and the planning show the change; the free times are asked again; a linked ticket gets its event. */
export const useRefreshAppointments = () => {
    const queryClient = useQueryClient();
    return (withTicket = false) =>
        Promise.all(
            ['appointments', 'availability', ...(withTicket ? ['ticket-events'] : [])].map((key) =>
                queryClient.invalidateQueries({ queryKey: [key] }),
            ),
        );
};

/** "di 24/11/2026 09:00" for an instant, on the Brussels clock. */
export const useFormatWhen = () => {
    const formatDay = useFormatDay();
    return (iso: string) => {
        const local = toBrusselsWallClock(iso);
        return `${formatDay(slotDay(local))} ${slotTime(local)}`;
    };
};

export const useBookAppointment = () => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const refresh = useRefreshAppointments();
    const notify = useNotify();
    const formatWhen = useFormatWhen();
    return useMutation({
        mutationFn: (params: BookingParams) => dataProvider.bookAppointment(params).then(({ data }) => data),
        onSuccess: (appointment: Appointment) => {
            notify('app.appointment.booked', {
                type: 'success',
                messageArgs: { date: formatWhen(appointment.startsAt), code: appointment.code },
            });
            return refresh(Boolean(appointment.ticketId));
        },
        // A time taken meanwhile: the free times are asked again for the next choice.
        onError: (error: Error) => (isConflict(error) ? refresh() : undefined),
    });
};

export const useMoveAppointment = () => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const refresh = useRefreshAppointments();
    const notify = useNotify();
    const formatWhen = useFormatWhen();
    return useMutation({
        mutationFn: ({ id, start, version }: { id: Identifier; start: string; version: number }) =>
            dataProvider.moveAppointment(id, start, version).then(({ data }) => data),
        onSuccess: (appointment: Appointment) => {
            notify('app.appointment.moved', {
                type: 'success',
                messageArgs: { date: formatWhen(appointment.startsAt) },
            });
            return refresh(Boolean(appointment.ticketId));
        },
        onError: (error: Error) => (isConflict(error) ? refresh() : undefined),
    });
};

export const useCancelAppointment = () => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const refresh = useRefreshAppointments();
    const notify = useNotify();
    return useMutation({
        mutationFn: (id: Identifier) => dataProvider.cancelAppointment(id).then(({ data }) => data),
        onSuccess: (appointment: Appointment) => {
            notify('app.appointment.cancelled', { type: 'success' });
            return refresh(Boolean(appointment.ticketId));
        },
        onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    });
};
