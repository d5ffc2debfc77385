import { db } from '../../db';
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

// Reports can arrive out of order; a later stage is never replaced by an earlier one.
const STAGE: Record<string, number> = {
  accepted: 0,
  scheduled: 0,
  queued: 1,
  sending: 2,
  sent: 3,
  delivered: 4,
  undelivered: 4,
  failed: 4,
  read: 5,
};

export async function recordSmsStatus(messageSid: string, status: string, errorCode?: string): Promise<void> {
  const stage = STAGE[status] ?? 0;
  const earlier = Object.entries(STAGE)
    .filter(([, s]) => s <= stage)
    .map(([name]) => name);
  const failed = status === 'undelivered' || status === 'failed';
  await db().notification.updateMany({
    where: {
      providerId: messageSid,
      channel: 'sms',
      OR: [{ providerStatus: null }, { providerStatus: { in: earlier } }],
    },
    data: {
      providerStatus: status,
      providerStatusAt: new Date(),
      ...(failed
        ? { status: 'failed', lastError: `Twilio reports ${status}${errorCode ? ` (error ${errorCode})` : ''}` }
        : {}),
    },
  });
}
