import type { ChannelDefinition } from '../../shared/channelRegistry';

/** Calls and voicemail: a caller hears about their case by text message on the number they called from. */
export const phoneChannel: ChannelDefinition = {
  channel: 'phone',
  words: { nl: { name: 'Telefoon', via: 'de telefoon' }, en: { name: 'Phone', via: 'the phone' } },
  statusUpdatesBy: 'sms',
};
