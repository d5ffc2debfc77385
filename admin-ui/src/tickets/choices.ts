import { manualTicketChannels, ticketChannels, ticketPriorities, ticketStatuses } from '../types';

const choices = (group: string, ids: readonly string[]) =>
    ids.map((id) => ({ id, name: `resources.tickets.${group}.${id}` }));

export const statusChoices = choices('status', ticketStatuses);
export const priorityChoices = choices('priority', ticketPriorities);
export const channelChoices = choices('channel', ticketChannels);
export const manualChannelChoices = choices('channel', manualTicketChannels);

export const slaFilterChoices = [
    { id: 'at_risk', name: 'app.sla.filter.at_risk' },
    { id: 'warning', name: 'app.sla.filter.warning' },
    { id: 'breached', name: 'app.sla.filter.breached' },
];

/** Relative to the signed-in agent, so a saved filter or preset means the same for everyone. */
export const assigneeFilterChoices = [
    { id: 'me', name: 'app.ticket_list.assignee.me' },
    { id: 'nobody', name: 'app.ticket_list.assignee.nobody' },
];
