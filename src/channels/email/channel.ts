import { emailAllowedFor } from '../../contacts/reachability';
import type { ChannelDefinition } from '../../shared/channelRegistry';

/** Mail in through the mailboxes, and the town's first way to write back (threaded, from the ticket's mailbox). */
export const emailChannel: ChannelDefinition = {
  channel: 'email',
  words: { nl: { name: 'E-mail', via: 'e-mail' }, en: { name: 'Email', via: 'email' } },
  messaging: {
    channel: 'email',
    identity: 'email',
    fallbackRank: 1,
    format: 'email',
    templateSuffix: '',
    allowedFor: emailAllowedFor,
    refusedReason: 'bounced',
    agentWords: {
      what: 'email',
      noAddress:
        'This citizen has no email address: call them back, text them, or add an address on their contact page first.',
      refused:
        "This citizen's email address bounces (see their contact page): call them back, text them, or add a working address first.",
      missingField: { body: 'No email address for this citizen.' },
    },
  },
};
