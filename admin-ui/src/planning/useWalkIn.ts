import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { Appointment, WalkInParams } from '../types';

/** Registers a visitor without appointment: they wait with a number at once; the planning refreshes. Errors are the caller's to show. */
export const useWalkIn = () => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const queryClient = useQueryClient();
    const notify = useNotify();
    return useMutation({
        mutationFn: (params: WalkInParams) => dataProvider.registerWalkIn(params).then(({ data }) => data),
        onSuccess: (appointment: Appointment) => {
            notify('app.planning.walk_in_done', {
                type: 'success',
                messageArgs: { number: appointment.visit?.number ?? appointment.code },
            });
            return queryClient.invalidateQueries({ queryKey: ['appointments'] });
        },
    });
};
