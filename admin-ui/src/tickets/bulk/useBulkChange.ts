import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, type Identifier } from 'react-admin';
import type { VoordeurDataProvider } from '../../providers/dataProvider';
import type { Ticket } from '../../types';
import type { BulkTicketChange, BulkTicketResult } from './bulkTypes';

/**
 * Sends one change for the selected tickets, each with the version the list shows (tickets selected on another
 * page are read first). What was changed leaves the selection; what was refused stays selected and is shown.
 */
export const useBulkChange = () => {
    const { selectedIds, data, onSelect } = useListContext<Ticket>();
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const queryClient = useQueryClient();
    const notify = useNotify();
    const [isPending, setPending] = useState(false);
    const [result, setResult] = useState<BulkTicketResult | null>(null);

    const selectedTickets = async (): Promise<Ticket[]> => {
        const shown = new Map((data ?? []).map((t) => [t.id, t]));
        const missing = selectedIds.filter((id) => !shown.has(id));
        const fetched = missing.length ? (await dataProvider.getMany<Ticket>('tickets', { ids: missing })).data : [];
        return [...selectedIds.map((id) => shown.get(id)).filter((t): t is Ticket => !!t), ...fetched];
    };

    const apply = async (change: BulkTicketChange) => {
        setPending(true);
        try {
            const tickets = await selectedTickets();
            const { data: outcome } = await dataProvider.bulkChangeTickets({
                tickets: tickets.map((t) => ({ id: t.id, version: t.version })),
                change,
            });
            const failed = new Set<Identifier>(outcome.failed.map((f) => f.id));
            onSelect(selectedIds.filter((id) => failed.has(id)));
            await queryClient.invalidateQueries({ queryKey: ['tickets'] });
            if (outcome.failed.length) setResult(outcome);
            else notify('app.bulk.done', { type: 'success', messageArgs: { smart_count: outcome.changedIds.length } });
            return true;
        } catch (error) {
            notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
            return false;
        } finally {
            setPending(false);
        }
    };

    return { apply, isPending, result, clearResult: () => setResult(null), selectedTickets };
};
