import { z } from 'zod';
import { Channel, NotificationChannel } from '../generated/prisma/enums';

/**
 * The channel list is declared once, as the Prisma enum (prisma/schema.prisma); every schema, routing condition and
 * word table derives from it here; what a channel is and does is its definition (src/channels/<name>/channel.ts),
 * registered at start (src/shared/channelRegistry.ts). The console keeps its own copy in
 * admin-ui/src/channels.ts (it cannot import Prisma); test/platform/channel-list.test.ts holds the two equal.
 */
export { Channel, NotificationChannel };

/** Every channel a ticket can come in through. */
export const CHANNELS = Object.values(Channel) as [Channel, ...Channel[]];
export const ChannelField = z.enum(Channel);

/** Every channel the town can write to a citizen on (the senders in src/channels/<name>/sender.ts). */
export const REPLY_CHANNELS = Object.values(NotificationChannel) as [NotificationChannel, ...NotificationChannel[]];
export const ReplyChannelField = z.enum(NotificationChannel, `Choose ${REPLY_CHANNELS.join(' or ')}.`);

/**
 * Channels an agent records a ticket for by hand; every other one arrives by itself (webhook, mailbox, API), so a new
 * channel is not listed here.
 */
export const MANUAL_CHANNELS = ['phone', 'counter', 'email', 'web'] as const satisfies readonly Channel[];
export const ManualChannelField = z.enum(MANUAL_CHANNELS);
