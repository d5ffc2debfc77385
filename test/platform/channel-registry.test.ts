import { execFileSync } from 'node:child_process';
import { CHANNEL_MODULES, registerChannels } from '../../src/channels';
import { CHANNELS, REPLY_CHANNELS } from '../../src/shared/channels';
import { channelRegistry } from '../../src/shared/channelRegistry';
import { senderRegistry } from '../../src/notifications/senders';

/**
 * A channel is an adapter: its folder (src/channels/<name>/) declares it whole (channel.ts, its webhooks, its sender,
 * its settings), and generic code works from the registry. What adding one touches is the test of that design; the
 * WhatsApp channel, added last, is the proof.
 */
describe('every channel is declared once, in its own folder, and registered in one place', () => {
  test('every Channel enum value has exactly one definition, and every reply channel its messaging and sender', () => {
    const declared = CHANNEL_MODULES.map((m) => m.definition.channel);
    expect([...declared].sort()).toEqual([...CHANNELS].sort());
    for (const channel of REPLY_CHANNELS) {
      const module = CHANNEL_MODULES.find((m) => m.definition.channel === channel);
      expect(module?.definition.messaging?.channel).toBe(channel);
      expect(module?.sender?.channel).toBe(channel);
    }
    // a channel that writes to citizens is a reply channel (the NotificationChannel enum), and the other way round
    const writing = CHANNEL_MODULES.filter((m) => m.definition.messaging || m.sender).map((m) => m.definition.channel);
    expect([...writing].sort()).toEqual([...REPLY_CHANNELS].sort());
  });

  test('registering fills both registries the generic code reads', () => {
    registerChannels();
    expect(channelRegistry.all().map((d) => d.channel)).toEqual(CHANNELS);
    for (const channel of REPLY_CHANNELS) expect(senderRegistry.get(channel).channel).toBe(channel);
    // without a chosen or chatted-on channel, email then SMS
    expect(channelRegistry.fallbackOrder()).toEqual(['email', 'sms']);
  });
});

/** Files that must name every channel: the enums, the one registry, the console's table, the documented settings. */
const MAY_NAME_A_CHANNEL = new Set([
  'prisma/schema.prisma',
  'src/channels/index.ts',
  'admin-ui/src/channels.ts',
  '.env.example',
  // `npm run bench -- <name>` picks a channel's benchmark
  'scripts/bench.sh',
]);

/**
 * The channels older than the registry are still named in generic code for what is truly theirs (an email thread,
 * SMS segments, calls, the Open311 API, the counter's appointments). Any other channel (WhatsApp, and every one added
 * after it) is named nowhere outside its folder, its tests and the files above.
 */
const OLDER_CHANNELS = new Set(['web', 'email', 'phone', 'sms', 'counter', 'open311']);

test.each(CHANNELS.filter((c) => !OLDER_CHANNELS.has(c)))(
  'the %s channel is named only in its folder, its tests, its migration and the registry files',
  (channel) => {
    const files = execFileSync(
      'git',
      ['grep', '-il', channel, '--', '.', `:!src/channels/${channel}`, ':!test', ':!README.md', ':!scripts/bench'],
      { encoding: 'utf8' },
    )
      .split('\n')
      .filter(Boolean)
      // the migration that added the channel to the enums
      .filter((f) => !new RegExp(`^prisma/migrations/\\d+_${channel}_channel/`).test(f));
    expect(files.filter((f) => !MAY_NAME_A_CHANNEL.has(f))).toEqual([]);
  },
);
