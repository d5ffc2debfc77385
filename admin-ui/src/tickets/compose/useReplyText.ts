import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Identifier } from 'react-admin';
import type { ReplyChannel, ReplyDraft } from '../../types';
import { getReplyDrafts } from './composeApi';
import { replyEntry } from '../../channels';

/**
 * The reply's text, starting from the server's draft (greeting, sign-off, signature) for the chosen channel. While
 * the agent has not changed it, a new draft (the other channel, another department's signature) replaces it; what
 * the agent typed is never replaced. After sending it starts over.
 */
export const useReplyText = (ticketId: Identifier, via: ReplyChannel | undefined, enabled: boolean) => {
    const { data: drafts } = useQuery({
        queryKey: ['tickets', ticketId, 'reply-draft'],
        queryFn: () => getReplyDrafts(ticketId),
        enabled,
        staleTime: Infinity,
    });
    // a chat app starts from the short draft, like a text message (admin-ui/src/channels.ts names it)
    const draft: ReplyDraft | undefined = drafts && via ? drafts[replyEntry(via).draft] : undefined;
    const [body, setBody] = useState('');
    // the draft last put in the box: while the box still holds exactly that, the agent has not written anything
    const shown = useRef<string | undefined>(undefined);

    useEffect(() => {
        if (draft === undefined) return;
        // the first draft fills an empty box only: an agent who started typing before it arrived keeps their text
        if (shown.current === undefined ? body === '' : body === shown.current) setBody(draft.text);
        shown.current = draft.text;
        // compared by text: a refetch with the same draft changes nothing (body is read, not followed)
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [draft?.text]);

    return {
        body,
        setBody,
        draft,
        language: drafts?.language,
        /** back to the draft, after sending */
        reset: () => {
            shown.current = draft?.text;
            setBody(draft?.text ?? '');
        },
    };
};
