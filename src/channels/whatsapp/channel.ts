import type { ChannelDefinition } from '../../shared/channelRegistry';
import { whatsappAllowedFor } from './allowed';

/**
 * WhatsApp through Twilio. A citizen chats here, so the acknowledgement, answers and status updates go back here
 * first; a WhatsApp number is an identity of its own (opted out of apart from SMS). The 24-hour window is the
 * sender's freeTextRefusal; the config part is ./settings.ts.
 */
export const whatsappChannel: ChannelDefinition = {
  channel: 'whatsapp',
  words: { nl: { name: 'WhatsApp', via: 'WhatsApp' }, en: { name: 'WhatsApp', via: 'WhatsApp' } },
  statusUpdatesBy: 'whatsapp',
  conversationOn: 'whatsapp',
  messaging: {
    channel: 'whatsapp',
    identity: 'whatsapp',
    format: 'short',
    templateSuffix: '_whatsapp',
    // WhatsApp takes 1,600 characters; the reference and tracking link need the rest
    replyMaxLength: 1400,
    allowedFor: whatsappAllowedFor,
    refusedReason: 'whatsapp_refused',
    agentWords: {
      what: 'WhatsApp',
      noAddress: 'This citizen has no WhatsApp number: answer by email or text message.',
      refused: 'This citizen sent STOP on WhatsApp: answer by email or text message.',
      missingField: { via: 'No number for WhatsApp.' },
    },
    contactField: 'whatsapp',
  },
};
