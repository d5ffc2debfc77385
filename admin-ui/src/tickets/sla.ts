import type { SlaState, Ticket } from '../types';

export type Deadline = 'first_response' | 'resolution';

export interface OpenDeadline {
    kind: Deadline;
    dueAt: string | null;
    minutesLeft: number;
}

/**
 * The deadlines still running: the first response until someone answered,
 * the resolution until the ticket is resolved. Earliest first.
 */
export const openDeadlines = (ticket: Ticket): OpenDeadline[] => {
    const sla = ticket.sla;
    if (!sla) return [];
    const open: OpenDeadline[] = [];
    if (!ticket.firstResponseAt && typeof sla.firstResponseMinutesLeft === 'number')
        open.push({ kind: 'first_response', dueAt: sla.firstResponseDueAt, minutesLeft: sla.firstResponseMinutesLeft });
    if (!ticket.resolvedAt && typeof sla.resolutionMinutesLeft === 'number')
        open.push({ kind: 'resolution', dueAt: sla.resolutionDueAt, minutesLeft: sla.resolutionMinutesLeft });
    return open.sort((a, b) => a.minutesLeft - b.minutesLeft);
};

/** The colour of one deadline: late is late; the ticket's warning belongs to its earliest deadline. */
export const deadlineState = (ticket: Ticket, deadline: OpenDeadline): SlaState => {
    if (deadline.minutesLeft < 0) return 'breached';
    const earliest = openDeadlines(ticket)[0];
    if (ticket.sla?.state === 'warning' && earliest?.kind === deadline.kind) return 'warning';
    return 'ok';
};
