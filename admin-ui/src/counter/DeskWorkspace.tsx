import { Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNow } from '../planning/useNow';
import { useProductName } from '../products/productName';
import type { Desk, Product, Visit, VisitStatus, VisitStep } from '../types';
import { CallNextButton } from './CallNextButton';
import { CurrentVisitCard } from './CurrentVisitCard';
import { DeskQueueTable } from './DeskQueueTable';
import { TransferDialog } from './TransferDialog';
import { counterRefreshMs, useCurrentVisit, useDeskQueue } from './useCounter';
import { useShortcuts } from './useShortcuts';
import { useVisitActions } from './useVisitActions';
import type { VisitHandlers } from './VisitActions';

interface DeskWorkspaceProps {
    desk: Desk;
    /** The desks of the same location, for transfers. */
    desks: Desk[];
    products: Product[];
}

/** Which steps each state of the visitor at the desk allows (as the server does). */
const allowed: Record<keyof VisitHandlers, VisitStatus[]> = {
    recall: ['called'],
    start: ['called'],
    finish: ['called', 'serving'],
    noShow: ['called'],
    transfer: ['called', 'serving'],
};

/** One desk at work: call the next visitor, serve them, and see who waits. */
export const DeskWorkspace = ({ desk, desks, products }: DeskWorkspaceProps) => {
    const translate = useTranslate();
    const name = useProductName();
    const now = useNow(counterRefreshMs);
    const queue = useDeskQueue(desk.id);
    const current = useCurrentVisit(desk.id);
    const { callNext, step, transfer, busy } = useVisitActions(desk.id);
    const [transferring, setTransferring] = useState(false);
    const visit = current.data ?? null;

    const productById = new Map(products.map((product) => [product.id, product]));
    const productName = (id: string) => {
        const product = productById.get(id);
        return product ? name(product) : '…';
    };

    const when = (action: keyof VisitHandlers, run: (visit: Visit) => void) =>
        visit && allowed[action].includes(visit.status) ? () => run(visit) : undefined;
    const stepTo = (to: VisitStep) => (target: Visit) => step.mutate({ visit: target, step: to });
    const handlers: VisitHandlers = {
        recall: when('recall', stepTo('recall')),
        start: when('start', stepTo('start')),
        finish: when('finish', stepTo('finish')),
        noShow: when('noShow', stepTo('no-show')),
        transfer: when('transfer', () => setTransferring(true)),
    };
    const callNextNow = visit ? undefined : () => callNext.mutate();
    const free = (action?: () => void) => (busy ? undefined : action);
    useShortcuts(
        {
            v: free(callNextNow),
            o: free(handlers.recall),
            s: free(handlers.start),
            k: free(handlers.finish),
            n: free(handlers.noShow),
            d: free(handlers.transfer),
        },
        !transferring,
    );

    const waiting = queue.data ?? [];
    return (
        <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
            <CallNextButton
                onClick={() => callNext.mutate()}
                occupied={Boolean(visit)}
                busy={busy || current.isPending}
                nobody={callNext.data === null && waiting.length === 0}
            />
            {current.isPending ? (
                <LinearProgress />
            ) : visit ? (
                <CurrentVisitCard
                    visit={visit}
                    productName={productName(visit.serviceId)}
                    now={now}
                    handlers={handlers}
                    busy={busy}
                />
            ) : (
                <Card variant="outlined">
                    <CardContent>
                        <Typography color="text.secondary" data-testid="no-current-visit">
                            {translate('app.counter.no_current')}
                        </Typography>
                    </CardContent>
                </Card>
            )}
            <Typography variant="body2" color="text.secondary">
                {translate('app.counter.shortcuts')}
            </Typography>
            {queue.isPending ? (
                <LinearProgress />
            ) : (
                <DeskQueueTable
                    deskId={desk.id}
                    visits={waiting}
                    productName={productName}
                    now={now}
                    error={queue.error}
                />
            )}
            {transferring && visit && (
                <TransferDialog
                    visit={visit}
                    deskId={desk.id}
                    desks={desks}
                    products={products}
                    pending={transfer.isPending}
                    onTransfer={(to, onError) =>
                        transfer.mutate({ visit, to }, { onSuccess: () => setTransferring(false), onError })
                    }
                    onClose={() => setTransferring(false)}
                />
            )}
        </Stack>
    );
};
