import type { Identifier } from 'react-admin';
import type { Ticket, TicketPriority, TicketStatus } from '../../types';

/** One change for every selected ticket (the server's POST /api/admin/tickets/bulk). */
export interface BulkTicketChange {
    status?: TicketStatus;
    priority?: TicketPriority;
    categoryId?: string | null;
    departmentId?: string | null;
    assigneeId?: string | null;
    addTags?: string[];
    removeTags?: string[];
    mergeIntoId?: string;
}

export interface BulkTicketParams {
    tickets: { id: Identifier; version: number }[];
    change: BulkTicketChange;
}

export interface BulkTicketResult {
    updated: Ticket[];
    changedIds: string[];
    /** tickets left as they were: changed by a colleague since the list showed them (409), or not visible (404) */
    failed: { id: string; status: number; message: string; current?: Ticket }[];
}
