import type { ChannelDefinition } from '../../shared/channelRegistry';

/** The web form: the citizen hears back by email (or SMS when they gave only a mobile number). */
export const webChannel: ChannelDefinition = {
  channel: 'web',
  words: { nl: { name: 'Webformulier', via: 'het webformulier' }, en: { name: 'Web form', via: 'the web form' } },
};
