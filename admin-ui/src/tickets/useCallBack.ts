import { useMutation } from '@tanstack/react-query';
import { HttpError, useDataProvider, useNotify } from 'react-admin';
import type { CallBackParams, VoordeurDataProvider } from '../providers/dataProvider';
import type { PhoneCall } from '../types';
import { useRefreshTicket } from './useRefreshTicket';

/** The server's word on the agent's phone, when that is what stopped the call-back. */
export const agentPhoneError = (error: unknown): string | undefined => {
    if (!(error instanceof HttpError) || error.status !== 400) return undefined;
    const errors = (error.body as { errors?: Record<string, unknown> } | null)?.errors;
    return errors?.agentPhone == null ? undefined : String(errors.agentPhone);
};

/**
 * Starts a call-back. A 400 about the agent's phone goes to `onAgentPhoneMissing`
 * (the caller then asks for the number); every other error is notified.
 */
export const useCallBack = (ticketId: string, onAgentPhoneMissing: (params: CallBackParams, error: string) => void) => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const notify = useNotify();
    const refreshTicket = useRefreshTicket();
    return useMutation({
        mutationFn: (params: CallBackParams) => dataProvider.callBack(ticketId, params).then(({ data }) => data),
        onSuccess: (call: PhoneCall) => {
            notify('app.callback.started', { type: 'success', messageArgs: { number: call.toNumber ?? '' } });
            return refreshTicket();
        },
        onError: (error: Error, params) => {
            const agentPhone = agentPhoneError(error);
            if (agentPhone !== undefined) onAgentPhoneMissing(params, agentPhone);
            else notify(error.message || 'ra.notification.http_error', { type: 'error' });
        },
    });
};
