import { smsAllowedFor } from '../../contacts/reachability';
import type { ChannelDefinition } from '../../shared/channelRegistry';

const noMobile = 'This citizen has no mobile number that accepts text messages (none known, or they sent STOP).';

/** Text messages through Twilio: in by webhook, out to the contact's mobile number when email cannot go. */
export const smsChannel: ChannelDefinition = {
  channel: 'sms',
  words: { nl: { name: 'Sms', via: 'sms' }, en: { name: 'SMS', via: 'text message' } },
  statusUpdatesBy: 'sms',
  messaging: {
    channel: 'sms',
    identity: 'phone',
    fallbackRank: 2,
    format: 'short',
    templateSuffix: '_sms',
    // a long answer goes by email
    replyMaxLength: 1200,
    countsSegments: true,
    allowedFor: smsAllowedFor,
    refusedReason: 'sms_refused',
    agentWords: {
      what: 'text message',
      noAddress: noMobile,
      refused: noMobile,
      missingField: { via: 'No number for text messages.' },
    },
  },
};
