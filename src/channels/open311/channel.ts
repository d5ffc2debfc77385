import type { ChannelDefinition } from '../../shared/channelRegistry';

/** Apps that post requests through the Open311 GeoReport API (src/open311 serves it). */
export const open311Channel: ChannelDefinition = {
  channel: 'open311',
  words: { nl: { name: 'Open311', via: 'een app' }, en: { name: 'Open311', via: 'an app' } },
};
