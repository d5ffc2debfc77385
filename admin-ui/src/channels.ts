/**
 * The console's copy of the channel list. The server declares it once, as the Prisma enum, and derives everything
 * from there; the console cannot import Prisma, so test/platform/channel-list.test.ts fails when this copy, or the
 * channel words in i18n/nl.ts and i18n/en.ts, no longer match the enum.
 */
export const ticketChannels = ['web', 'email', 'phone', 'sms', 'counter', 'open311', 'whatsapp'] as const;
export type TicketChannel = (typeof ticketChannels)[number];

/** Channels an agent can record a ticket for by hand. */
export const manualTicketChannels = ['phone', 'counter', 'email', 'web'] as const satisfies readonly TicketChannel[];

/** How an answer reaches the citizen (the server's NotificationChannel enum). */
export const replyChannels = ['email', 'sms', 'whatsapp'] as const satisfies readonly TicketChannel[];
export type ReplyChannel = (typeof replyChannels)[number];
