import type { Priority, TicketStatus } from '../generated/prisma/enums';

/**
 * Domain events: what just happened to a ticket, told by the code that changed it (tickets, intake, the channels)
 * after its transaction committed. Who listens (the console's live stream) subscribes at the composition root
 * (app.ts, worker.ts), so the ticket code does not import its listeners.
 */
export type TicketChangeType = 'created' | 'updated' | 'assigned' | 'message';

export interface ChangedTicket {
  id: string;
  reference: string;
  status: TicketStatus;
  priority: Priority;
  departmentId: string | null;
  assigneeId: string | null;
}

export interface TicketChangeDetails {
  /** the department it left, when it moved */
  previousDepartmentId?: string | null;
  /** for 'message': which kind was added */
  direction?: 'inbound' | 'outbound' | 'note';
}

export type TicketChangeListener = (
  type: TicketChangeType,
  ticket: ChangedTicket,
  details: TicketChangeDetails,
) => Promise<void>;

const listeners = new Map<string, TicketChangeListener>();

/** One listener per name: registering again (a second app in the same process) replaces it rather than doubling it. */
export function onTicketChange(name: string, listener: TicketChangeListener): void {
  listeners.set(name, listener);
}

/** Tells every listener, in turn; a listener's failure reaches the caller, as when it was called directly. */
export async function ticketChanged(
  type: TicketChangeType,
  ticket: ChangedTicket,
  details: TicketChangeDetails = {},
): Promise<void> {
  for (const listener of listeners.values()) await listener(type, ticket, details);
}
