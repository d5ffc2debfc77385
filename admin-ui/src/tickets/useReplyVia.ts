import { useState } from 'react';
import { useGetOne } from 'react-admin';
import { channelEntry, replyChannels, replyEntry } from '../channels';
import type { Contact, ReplyChannel, TicketChannel } from '../types';

/**
 * How the answer goes out: what the agent picked, else the channel the citizen chats on when they came in there
 * (admin-ui/src/channels.ts: answerOnOrigin) and have an address on it, else email when the citizen has an address
 * and SMS when not. Until the contact is known, nothing is sent along and the server applies that same rule.
 */
export const useReplyVia = (contactId: string | null | undefined, origin?: TicketChannel) => {
    const { data: contact } = useGetOne<Contact>('contacts', { id: contactId ?? '' }, { enabled: Boolean(contactId) });
    const [chosen, setChosen] = useState<ReplyChannel | null>(null);
    const hasAddress = (via: ReplyChannel) => Boolean((contact?.[replyEntry(via).addresses] as unknown[])?.length);
    const originReply = origin && replyChannels.find((c) => c === origin && channelEntry(c).reply?.answerOnOrigin);
    const fallback: ReplyChannel | undefined = contact
        ? originReply && hasAddress(originReply)
            ? originReply
            : hasAddress('email')
              ? 'email'
              : 'sms'
        : undefined;
    const via = chosen ?? fallback;
    return {
        via,
        setVia: setChosen,
        /**
         * Which channels can carry the answer: unknown until the contact is loaded (then everything stays possible),
         * except a channel offered only to a citizen with an address on it.
         */
        possible: Object.fromEntries(
            replyChannels.map((c) => [c, hasAddress(c) || (!contact && !replyEntry(c).onlyWithAddress)]),
        ) as Record<ReplyChannel, boolean>,
        /** the longest answer the server sends on the chosen channel */
        maxLength: via ? replyEntry(via).maxLength : undefined,
    };
};
