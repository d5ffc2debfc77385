import type { Identifier } from 'react-admin';
import { apiUrl, httpClient } from '../../providers/httpClient';
import type { AppliedCannedResponse, ReplyChannel, ReplyDrafts, ReplyPreview } from '../../types';

const ticketUrl = (ticketId: Identifier, action: string) =>
    `${apiUrl}/admin/tickets/${encodeURIComponent(String(ticketId))}/${action}`;

/** The greeting and sign-off with the agent's signature, in the ticket's language, for email and for SMS. */
export const getReplyDrafts = async (ticketId: Identifier): Promise<ReplyDrafts> =>
    (await httpClient(ticketUrl(ticketId, 'reply-draft'))).json as ReplyDrafts;

/** What a reply with this text would send, rendered by the sending code; nothing is sent. */
export const previewReply = async (
    ticketId: Identifier,
    body: string,
    via: ReplyChannel | undefined,
    signal?: AbortSignal,
): Promise<ReplyPreview> => {
    const { json } = await httpClient(ticketUrl(ticketId, 'reply-preview'), {
        method: 'POST',
        body: JSON.stringify(via ? { body, via } : { body }),
        signal,
    });
    return json as ReplyPreview;
};

/** Applies the macro's actions to the ticket and gives its text filled in for this ticket. */
export const applyCannedResponse = async (
    ticketId: Identifier,
    cannedResponseId: Identifier,
    version: number | undefined,
): Promise<AppliedCannedResponse> => {
    const { json } = await httpClient(ticketUrl(ticketId, 'apply-canned-response'), {
        method: 'POST',
        // the ticket as the agent sees it: a macro never overwrites a colleague's change made since (409)
        body: JSON.stringify({ cannedResponseId, version }),
    });
    return json as AppliedCannedResponse;
};
