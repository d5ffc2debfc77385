import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Identifier } from 'react-admin';
import { useDebounced } from '../../common/useDebounced';
import type { ReplyChannel } from '../../types';
import { previewReply } from './composeApi';

/**
 * The preview of the reply as typed, asked again once typing pauses; the last one stays on screen meanwhile and a
 * request overtaken by new text is cancelled.
 */
export const useReplyPreview = (ticketId: Identifier, body: string, via: ReplyChannel | undefined) => {
    const text = useDebounced(body);
    const channel = useDebounced(via);
    const query = useQuery({
        queryKey: ['tickets', ticketId, 'reply-preview', channel, text],
        queryFn: ({ signal }) => previewReply(ticketId, text, channel, signal),
        enabled: Boolean(channel) && text.trim() !== '',
        placeholderData: keepPreviousData,
        retry: false,
    });
    return { ...query, typing: text !== body || channel !== via };
};
