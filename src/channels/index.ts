import type { AnyRoute } from '../http/route';
import { registerSenders, type ChannelSender } from '../notifications/senders';
import { registerChannelDefinitions, type ChannelDefinition } from '../shared/channelRegistry';
import type { NotificationChannel } from '../shared/channels';
import { counterChannel } from './counter/channel';
import { emailChannel } from './email/channel';
import { quarantineRoutes } from './email/mailboxes/quarantineRoutes';
import { mailboxRoutes } from './email/mailboxes/routes';
import { emailSender } from './email/sender';
import { open311Channel } from './open311/channel';
import { phoneAdminRoutes } from './phone/adminRoutes';
import { phoneChannel } from './phone/channel';
import { voiceRoutes } from './phone/voiceRoutes';
import { smsChannel } from './sms/channel';
import { smsRoutes } from './sms/routes';
import { smsSender } from './sms/sender';
import { webChannel } from './web/channel';
import { webRoutes } from './web/routes';
import { whatsappChannel } from './whatsapp/channel';
import { whatsappRoutes } from './whatsapp/routes';
import { whatsappSender } from './whatsapp/sender';

/**
 * The channels, each whole in its own folder: what it is (channel.ts), its webhooks and admin routes, and its sender
 * when the town writes on it. This list is the one place that names them (a composition root, like app.ts): adding
 * a channel is its folder, a line here, and its value in the Prisma enums. A channel's own settings register with
 * src/config.ts when its settings module loads (see whatsapp/settings.ts).
 */
export interface ChannelModule {
  definition: ChannelDefinition;
  routes?: readonly AnyRoute[];
  sender?: ChannelSender;
}

export const CHANNEL_MODULES: readonly ChannelModule[] = [
  { definition: webChannel, routes: webRoutes },
  { definition: emailChannel, routes: [...mailboxRoutes, ...quarantineRoutes], sender: emailSender },
  { definition: phoneChannel, routes: [...voiceRoutes, ...phoneAdminRoutes] },
  { definition: smsChannel, routes: smsRoutes, sender: smsSender },
  { definition: counterChannel },
  { definition: open311Channel },
  { definition: whatsappChannel, routes: whatsappRoutes, sender: whatsappSender },
];

/** Tells the generic code (reach, conversation, intake, the outbox…) which channels there are; once at start. */
export function registerChannels(): void {
  registerChannelDefinitions(CHANNEL_MODULES.map((m) => m.definition));
  const senders = Object.fromEntries(
    CHANNEL_MODULES.flatMap((m) => (m.sender ? [[m.definition.channel, m.sender]] : [])),
  ) as Record<NotificationChannel, ChannelSender>;
  registerSenders(senders);
}

/** Every channel's webhooks and admin routes, for app.ts to mount with the rest. */
export function channelRoutes(): AnyRoute[] {
  return CHANNEL_MODULES.flatMap((m) => m.routes ?? []);
}
