import type { Notification } from '../../generated/prisma/client';
import { twilioIsOutage, probeTwilio } from '../twilio/outage';
import { RecipientUnreachable, type ChannelSender } from '../../notifications/senders';
import { requireTwilio, twilioClient, webhookUrl } from '../twilio/client';
import { smsAllowed } from '../../contacts/reachability';

export const smsSender: ChannelSender = {
  channel: 'sms',
  provider: 'twilio',
  isOutage: twilioIsOutage,
  probe: probeTwilio,
  async send(n: Notification): Promise<string> {
    // the citizen may have sent STOP after the message was written
    if (!(await smsAllowed(n.recipient)))
      throw new RecipientUnreachable(`${n.recipient} opted out of text messages (STOP) or cannot receive them`);
    const settings = requireTwilio();
    const message = await twilioClient().messages.create({
      to: n.recipient,
      body: n.bodyText,
      ...(settings.messagingServiceSid
        ? { messagingServiceSid: settings.messagingServiceSid }
        : { from: settings.phoneNumber }),
      statusCallback: webhookUrl('/webhooks/twilio/sms/status'),
    });
    return message.sid;
  },
};
