import { z } from 'zod';
import { Channel, NotificationChannel } from '../generated/prisma/enums';

/**
 * The channel list is declared once, as the Prisma enum (prisma/schema.prisma); every schema, routing condition and
 * word table derives from it here, so adding a channel is one line in the schema and the compiler names every table
 * that still lacks it (the maps below are exhaustive `Record<Channel, …>`). The console keeps its own copy in
 * admin-ui/src/channels.ts (it cannot import Prisma); test/platform/channel-list.test.ts holds the two equal.
 */
export { Channel, NotificationChannel };

/** Every channel a ticket can come in through. */
export const CHANNELS = Object.values(Channel) as [Channel, ...Channel[]];
export const ChannelField = z.enum(Channel);

/** Every channel the town can write to a citizen on (the senders in src/channels/<name>/sender.ts). */
export const REPLY_CHANNELS = Object.values(NotificationChannel) as [NotificationChannel, ...NotificationChannel[]];
export const ReplyChannelField = z.enum(NotificationChannel, `Choose ${REPLY_CHANNELS.join(' or ')}.`);

/** Channels an agent records a ticket for by hand: the rest arrive by themselves (webhook, mailbox, API). */
const RECORDED_BY_HAND: Record<Channel, boolean> = {
  phone: true,
  counter: true,
  email: true,
  web: true,
  sms: false,
  open311: false,
  whatsapp: false,
};
export const MANUAL_CHANNELS = CHANNELS.filter((c) => RECORDED_BY_HAND[c]) as [Channel, ...Channel[]];
export const ManualChannelField = z.enum(MANUAL_CHANNELS);
