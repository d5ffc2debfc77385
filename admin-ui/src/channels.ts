/**
 * The console's channel table: everything the console knows about a channel, in one place. The server declares the
 * channels once, as the Prisma enum, with each one's definition in src/channels/<name>/channel.ts; the console cannot
 * import those, so test/platform/channel-list.test.ts fails when this table no longer matches the enum. The i18n
 * files, choices, chart colours, the contact page and the compose box are all built from it; rules that change over
 * time (a chat app's window) come from the server with the reply preview (freeText), not from here.
 */
type Words = { nl: string; en: string };

interface ChannelEntry {
    name: Words;
    /** colour in every chart */
    color: string;
    /** present when the town can answer on this channel */
    reply?: {
        /** the contact field that holds its addresses (emails, phones, or a field of its own) */
        addresses: string;
        /** the label of that field on the contact page, for a field of its own */
        addressesLabel?: Words;
        /** offered only to a citizen with an address on it (a chat app), else greyed out when none */
        onlyWithAddress?: boolean;
        /** a citizen who came in here is answered here by default */
        answerOnOrigin?: boolean;
        /** which server draft the reply starts from (greeting and signature): its own, or the short one */
        draft: 'email' | 'sms';
        /** the longest answer the server sends on it */
        maxLength?: number;
        /** the notice after sending, the helper while too long, the preview's warning, the notice after a template */
        done: Words;
        helper?: Words;
        tooLong?: Words;
        templateSent?: Words;
    };
}

const table = {
    web: { name: { nl: 'Webformulier', en: 'Web form' }, color: '#1976d2' },
    email: {
        name: { nl: 'E-mail', en: 'Email' },
        color: '#9c27b0',
        reply: { addresses: 'emails', draft: 'email', done: { nl: 'Antwoord verstuurd', en: 'Reply sent' } },
    },
    phone: { name: { nl: 'Telefoon', en: 'Phone' }, color: '#2e7d32' },
    sms: {
        name: { nl: 'Sms', en: 'SMS' },
        color: '#ed6c02',
        reply: {
            addresses: 'phones',
            draft: 'sms',
            maxLength: 1200,
            done: { nl: 'Antwoord per sms verstuurd', en: 'Reply sent by text message' },
            helper: {
                nl: 'Sms: %{count} van maximaal %{max} tekens. Ctrl+Enter verstuurt.',
                en: 'Text message: %{count} of at most %{max} characters. Ctrl+Enter sends.',
            },
            tooLong: {
                nl: 'Te lang voor een sms (maximaal %{max} tekens): stuur dit antwoord per e-mail of kort het in.',
                en: 'Too long for a text message (at most %{max} characters): send this reply by email or shorten it.',
            },
        },
    },
    counter: { name: { nl: 'Loket', en: 'Counter' }, color: '#0288d1' },
    open311: { name: { nl: 'Open311', en: 'Open311' }, color: '#6d4c41' },
    whatsapp: {
        name: { nl: 'WhatsApp', en: 'WhatsApp' },
        color: '#25d366',
        reply: {
            addresses: 'whatsapp',
            addressesLabel: { nl: 'WhatsApp-nummers', en: 'WhatsApp numbers' },
            onlyWithAddress: true,
            answerOnOrigin: true,
            draft: 'sms',
            maxLength: 1400,
            done: { nl: 'Antwoord via WhatsApp verstuurd', en: 'Reply sent by WhatsApp' },
            helper: {
                nl: 'WhatsApp: %{count} van maximaal %{max} tekens. Ctrl+Enter verstuurt.',
                en: 'WhatsApp: %{count} of at most %{max} characters. Ctrl+Enter sends.',
            },
            tooLong: {
                nl: 'Te lang voor WhatsApp (maximaal %{max} tekens): stuur dit antwoord per e-mail of kort het in.',
                en: 'Too long for WhatsApp (at most %{max} characters): send this reply by email or shorten it.',
            },
            templateSent: {
                nl: 'WhatsApp-sjabloon verstuurd: de burger leest uw antwoord op de volgpagina',
                en: 'WhatsApp template sent: the citizen reads your answer on their tracking page',
            },
        },
    },
} as const satisfies Record<string, ChannelEntry>;

export type TicketChannel = keyof typeof table;
export const ticketChannels = Object.keys(table) as TicketChannel[];
export type ReplyChannel = {
    [C in TicketChannel]: (typeof table)[C] extends { reply: object } ? C : never;
}[TicketChannel];
/** How an answer reaches the citizen (the server's NotificationChannel enum). */
export const replyChannels = ticketChannels.filter((c): c is ReplyChannel => 'reply' in table[c]);

/** Channels an agent can record a ticket for by hand. */
export const manualTicketChannels = ['phone', 'counter', 'email', 'web'] as const satisfies readonly TicketChannel[];

export const channelEntry = (channel: TicketChannel): ChannelEntry => table[channel];
export const replyEntry = (channel: ReplyChannel): NonNullable<ChannelEntry['reply']> => table[channel].reply;

type Lang = keyof Words;
const byChannel = <C extends string>(channels: readonly C[], word: (c: C) => string | undefined) =>
    Object.fromEntries(channels.flatMap((c) => (word(c) === undefined ? [] : [[c, word(c)!]]))) as Record<
        string,
        string
    >;

/** The words the i18n files take from this table, in one language. */
export const channelWords = (lang: Lang) => ({
    /** resources.tickets.channel */
    names: byChannel(ticketChannels, (c) => table[c].name[lang]) as Record<TicketChannel, string>,
    /** app.preferred_channel */
    preferred: byChannel(replyChannels, (c) => table[c].name[lang]) as Record<ReplyChannel, string>,
    /** resources.contacts.fields: the contact fields of their own */
    addressFields: Object.fromEntries(
        replyChannels.flatMap((c) => {
            const r: ChannelEntry['reply'] = table[c].reply;
            return r?.addressesLabel ? [[r.addresses, r.addressesLabel[lang]]] : [];
        }),
    ) as Record<string, string>,
    /** app.ticket.reply: done_<via>, <via>_helper, done_template_<via> */
    reply: {
        ...Object.fromEntries(replyChannels.map((c) => [`done_${c}`, replyEntry(c).done[lang]])),
        ...Object.fromEntries(
            replyChannels.flatMap((c) => (replyEntry(c).helper ? [[`${c}_helper`, replyEntry(c).helper![lang]]] : [])),
        ),
        ...Object.fromEntries(
            replyChannels.flatMap((c) =>
                replyEntry(c).templateSent ? [[`done_template_${c}`, replyEntry(c).templateSent![lang]]] : [],
            ),
        ),
    } as Record<string, string>,
    /** app.compose: <via>_too_long */
    compose: Object.fromEntries(
        replyChannels.flatMap((c) => (replyEntry(c).tooLong ? [[`${c}_too_long`, replyEntry(c).tooLong![lang]]] : [])),
    ) as Record<string, string>,
});
