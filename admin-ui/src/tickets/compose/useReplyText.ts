import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Identifier } from 'react-admin';
import type { ReplyChannel, ReplyDraft } from '../../types';
import { getReplyDrafts } from './composeApi';

/**
 * The reply's text, starting from the server's draft (greeting, sign-off, signature) for the chosen channel. While
 * the agent has not changed it, a switch between email and SMS swaps the draft too; after sending it starts over.
 */
export const useReplyText = (ticketId: Identifier, via: ReplyChannel | undefined, enabled: boolean) => {
    const { data: drafts } = useQuery({
        queryKey: ['tickets', ticketId, 'reply-draft'],
        queryFn: () => getReplyDrafts(ticketId),
        enabled,
        staleTime: Infinity,
    });
    const draft: ReplyDraft | undefined = drafts && via ? drafts[via] : undefined;
    const [body, setBody] = useState('');
    const [started, setStarted] = useState(false);

    useEffect(() => {
        if (!draft) return;
        const untouched = !started || (drafts && [drafts.email.text, drafts.sms.text].includes(body)) || body === '';
        if (untouched) {
            setBody(draft.text);
            setStarted(true);
        }
        // only a new draft (loaded, or another channel) may replace the text, never the agent's typing
    }, [draft]);

    return {
        body,
        setBody,
        draft,
        language: drafts?.language,
        /** back to the draft, after sending */
        reset: () => setBody(draft?.text ?? ''),
    };
};
