import type { Appointment } from '../types';

/** The server's rule: only a booked appointment that has not started yet can be moved or cancelled. */
export const isChangeable = (appointment: Appointment) =>
    appointment.status === 'booked' && new Date(appointment.startsAt).getTime() > Date.now();
