import DirectionsRunIcon from '@mui/icons-material/DirectionsRun';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { FloorVisit } from '../types';

/**
 * "Vertrokken": the reception saw a waiting visitor go. After a confirmation (a slip would take someone out of the
 * queue) the visit ends; a walk-in's desk time comes free. The floor is asked again either way.
 */
export const LeftButton = ({ visit }: { visit: FloorVisit }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const queryClient = useQueryClient();
    const [open, setOpen] = useState(false);
    const left = useMutation({
        mutationFn: () => dataProvider.stepVisit(visit.id, 'left'),
        onSuccess: () => notify('app.floor.left_done', { type: 'info', messageArgs: { number: visit.number } }),
        onError: (error: Error) => notify(error.message, { type: 'error' }),
        onSettled: () => {
            setOpen(false);
            return queryClient.invalidateQueries({ queryKey: ['floor'] });
        },
    });
    return (
        <>
            <Button
                label="app.floor.left"
                size="small"
                onClick={() => setOpen(true)}
                aria-label={translate('app.floor.left_label', { number: visit.number })}
                data-testid="visit-left"
            >
                <DirectionsRunIcon />
            </Button>
            <Confirm
                isOpen={open}
                loading={left.isPending}
                title={translate('app.floor.left_title', { number: visit.number })}
                content="app.floor.left_content"
                confirm="app.floor.left"
                onConfirm={() => left.mutate()}
                onClose={() => setOpen(false)}
            />
        </>
    );
};
