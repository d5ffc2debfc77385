import { registerSenders, type ChannelSender } from '../notifications/senders';
import type { NotificationChannel } from '../shared/channels';
import { emailSender } from './email/sender';
import { smsSender } from './sms/sender';
import { whatsappSender } from './whatsapp/sender';

/** Every channel's sender, in the one place they are registered; a channel without one fails the type-check. */
const SENDERS: Record<NotificationChannel, ChannelSender> = {
  email: emailSender,
  sms: smsSender,
  whatsapp: whatsappSender,
};

export function registerChannelSenders(): void {
  registerSenders(SENDERS);
}
