import { appointmentChannels, appointmentStatuses, staffBookingChannels } from '../types';

export const statusChoices = appointmentStatuses.map((id) => ({ id, name: `resources.appointments.status.${id}` }));
export const channelChoices = appointmentChannels.map((id) => ({ id, name: `resources.appointments.channel.${id}` }));
export const bookingChannelChoices = staffBookingChannels.map((id) => ({
    id,
    name: `resources.appointments.channel.${id}`,
}));
