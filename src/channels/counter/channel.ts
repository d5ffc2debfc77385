import type { ChannelDefinition } from '../../shared/channelRegistry';

/** A visit at the counter, recorded by the agent who helped the citizen (no webhook, no sender of its own). */
export const counterChannel: ChannelDefinition = {
  channel: 'counter',
  words: { nl: { name: 'Loket', via: 'het loket' }, en: { name: 'Counter', via: 'the counter' } },
};
