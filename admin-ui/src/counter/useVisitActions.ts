import { useMutation, useQueryClient } from '@tanstack/react-query';
import { HttpError, useDataProvider, useNotify } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { Visit, VisitStep, VisitTransfer } from '../types';
import { currentVisitKey, deskQueueKey } from './useCounter';

const stepMessages: Record<VisitStep, string> = {
    recall: 'app.counter.recalled',
    start: 'app.counter.started',
    finish: 'app.counter.finished',
    'no-show': 'app.counter.marked_no_show',
};

/** After these the visitor has left this desk. */
const leavesDesk: VisitStep[] = ['finish', 'no-show'];

/** 409: someone (another tab, another desk) changed the visit meanwhile. */
export const isVisitConflict = (error: unknown) => error instanceof HttpError && error.status === 409;

/**
 * What a desk does: call the next visitor, then call again, start, finish,
 * mark a no-show or send on. The answer replaces the current visitor at once;
 * the queue and the current visitor are then asked again.
 */
export const useVisitActions = (deskId: string) => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const queryClient = useQueryClient();
    const notify = useNotify();

    const setCurrent = (visit: Visit | null) => queryClient.setQueryData(currentVisitKey(deskId), visit);
    // Not awaited: the buttons (and shortcuts) are free again as soon as the server answered.
    const refresh = () => {
        void queryClient.invalidateQueries({ queryKey: deskQueueKey(deskId) });
        void queryClient.invalidateQueries({ queryKey: currentVisitKey(deskId) });
    };
    const onError = (error: Error) => {
        notify(isVisitConflict(error) ? 'app.counter.conflict' : error.message || 'ra.notification.http_error', {
            type: 'error',
        });
        refresh();
    };

    const callNext = useMutation({
        mutationFn: () => dataProvider.callNext(deskId).then(({ data }) => data),
        onSuccess: (visit: Visit | null) => {
            if (visit) {
                setCurrent(visit);
                notify('app.counter.called', { type: 'success', messageArgs: { number: visit.number } });
            }
            refresh();
        },
        onError,
    });

    const step = useMutation({
        mutationFn: ({ visit, step }: { visit: Visit; step: VisitStep }) =>
            dataProvider.stepVisit(visit.id, step).then(({ data }) => data),
        onSuccess: (updated: Visit, { step }) => {
            setCurrent(leavesDesk.includes(step) ? null : updated);
            notify(stepMessages[step], { type: 'success', messageArgs: { number: updated.number } });
            refresh();
        },
        onError,
    });

    // Errors are the dialog's to show; it stays open.
    const transfer = useMutation({
        mutationFn: ({ visit, to }: { visit: Visit; to: VisitTransfer }) =>
            dataProvider.transferVisit(visit.id, to).then(({ data }) => data),
        onSuccess: (updated: Visit) => {
            setCurrent(null);
            notify('app.counter.transferred', { type: 'success', messageArgs: { number: updated.number } });
            refresh();
        },
    });

    return { callNext, step, transfer, busy: callNext.isPending || step.isPending || transfer.isPending };
};
