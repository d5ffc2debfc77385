import { useRecordContext } from 'react-admin';
import type { Ticket } from '../types';
import { openDeadlines } from './sla';
import { SlaTimeLeft } from './SlaTimeLeft';

/** The ticket list shows the earliest running deadline; "—" when none runs (no SLA, or met). */
export const SlaField = () => {
    const ticket = useRecordContext<Ticket>();
    if (!ticket) return null;
    const state = ticket.sla?.state ?? 'none';
    const [earliest] = openDeadlines(ticket);
    if (!earliest || state === 'none' || state === 'met') return <span data-testid="sla-none">—</span>;
    return <SlaTimeLeft minutesLeft={earliest.minutesLeft} state={state} />;
};
