import type { Priority, TicketStatus } from '../generated/prisma/enums';
import { publish } from '../shared/pubsub';
import { onTicketChange } from '../shared/ticketChanges';

/**
 * What the console's live stream says about a ticket: ids and a small summary, never its text or the citizen.
 * `gone` is all a user learns about a ticket that just left their departments (so their list drops it).
 */
export type TicketEventType = 'created' | 'updated' | 'assigned' | 'message';

export interface TicketSummary {
  type: TicketEventType;
  ticketId: string;
  reference: string;
  status: TicketStatus;
  priority: Priority;
  departmentId: string | null;
  assigneeId: string | null;
  /** the ticket's edit version, where tickets carry one */
  version?: number;
  /** for 'message': which kind was added */
  direction?: 'inbound' | 'outbound' | 'note';
  at: string;
}

export interface PresenceSummary {
  ticketId: string;
  /** everyone on the ticket now, each once; `typing` when they are writing a reply */
  viewers: { userId: string; name: string; typing: boolean }[];
}

/** What travels through Redis: the summary and the departments that decide who may receive it. */
export type LiveEnvelope =
  | { kind: 'ticket'; departmentId: string | null; previousDepartmentId?: string | null; data: TicketSummary }
  | { kind: 'presence'; departmentId: string | null; data: PresenceSummary };

export const LIVE_CHANNEL = 'console:';

export function publishLive(envelope: LiveEnvelope): Promise<void> {
  return publish(`${LIVE_CHANNEL}${envelope.kind}`, envelope);
}

interface TicketRow {
  id: string;
  reference: string;
  status: TicketStatus;
  priority: Priority;
  departmentId: string | null;
  assigneeId: string | null;
}

/**
 * Tells every console that may see the ticket what just happened to it. It listens to the ticket changes
 * (src/shared/ticketChanges.ts, subscribed by the composition roots), told after the change's transaction committed,
 * so a console that refetches on the event reads the new state.
 */
export function publishTicketEvent(
  type: TicketEventType,
  ticket: TicketRow,
  opts: { previousDepartmentId?: string | null; direction?: TicketSummary['direction'] } = {},
): Promise<void> {
  const version = (ticket as { version?: unknown }).version;
  const data: TicketSummary = {
    type,
    ticketId: ticket.id,
    reference: ticket.reference,
    status: ticket.status,
    priority: ticket.priority,
    departmentId: ticket.departmentId,
    assigneeId: ticket.assigneeId,
    ...(typeof version === 'number' ? { version } : {}),
    ...(opts.direction ? { direction: opts.direction } : {}),
    at: new Date().toISOString(),
  };
  const moved = opts.previousDepartmentId !== undefined && opts.previousDepartmentId !== ticket.departmentId;
  return publishLive({
    kind: 'ticket',
    departmentId: ticket.departmentId,
    ...(moved ? { previousDepartmentId: opts.previousDepartmentId } : {}),
    data,
  });
}

/** Subscribes the live stream to the ticket changes; the composition roots call it at start. */
export function subscribeLiveToTicketChanges(): void {
  onTicketChange('live', publishTicketEvent);
}
