/** What the server's live stream (GET /api/admin/events) sends; see src/live/events.ts. */
export interface TicketLiveEvent {
    type: 'created' | 'updated' | 'assigned' | 'message';
    ticketId: string;
    reference?: string;
    status?: string;
    version?: number;
    direction?: 'inbound' | 'outbound' | 'note';
    /** the ticket left the user's departments: all they learn is that it is gone */
    gone?: boolean;
    at: string;
}

export interface Viewer {
    userId: string;
    name: string;
    typing: boolean;
}

export interface PresenceLiveEvent {
    ticketId: string;
    viewers: Viewer[];
}

/** "Jan Peeters" → "JP", for the small avatars. */
export const initialsOf = (name: string) =>
    name
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 2)
        .map((part) => part[0]!.toUpperCase())
        .join('');
