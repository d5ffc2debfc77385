import { CHANNELS, MANUAL_CHANNELS, REPLY_CHANNELS } from '../../src/shared/channels';
import { manualTicketChannels, replyChannels, ticketChannels } from '../../admin-ui/src/channels';
import { nl } from '../../admin-ui/src/i18n/nl';
import { en } from '../../admin-ui/src/i18n/en';

// The server derives every channel list from the Prisma enum; the console keeps a copy because it cannot import
// Prisma. A channel added to the enum must show up in the console's choices, reports and words, not silently vanish.
const sorted = (list: readonly string[]) => [...list].sort();

describe('the channel list is declared once (the Prisma enum)', () => {
  it('the console offers exactly the channels the server knows', () => {
    expect(sorted(ticketChannels)).toEqual(sorted(CHANNELS));
    expect(sorted(manualTicketChannels)).toEqual(sorted(MANUAL_CHANNELS));
    expect(sorted(replyChannels)).toEqual(sorted(REPLY_CHANNELS));
  });

  it('the console has a Dutch and an English word for every channel', () => {
    for (const messages of [nl, en]) {
      expect(sorted(Object.keys(messages.resources.tickets.channel))).toEqual(sorted(CHANNELS));
      expect(sorted(Object.keys(messages.app.preferred_channel).filter((k) => k !== 'none'))).toEqual(
        sorted(REPLY_CHANNELS),
      );
    }
  });
});
