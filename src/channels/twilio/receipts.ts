import { db } from '../../db';
import type { NotificationChannel } from '../../generated/prisma/enums';

// Reports can arrive out of order; a later stage is never replaced by an earlier one (chat channels add "read").
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

/** Twilio's delivery (and read) report of a message we sent on a Twilio messaging channel, on its notification. */
export async function recordTwilioStatus(
  channel: NotificationChannel,
  messageSid: string,
  status: string,
  errorCode?: string,
): Promise<void> {
  const stage = STAGE[status] ?? 0;
  const earlier = Object.entries(STAGE)
    .filter(([, s]) => s <= stage)
    .map(([name]) => name);
  const failed = status === 'undelivered' || status === 'failed';
  await db().notification.updateMany({
    where: { providerId: messageSid, channel, OR: [{ providerStatus: null }, { providerStatus: { in: earlier } }] },
    data: {
      providerStatus: status,
      providerStatusAt: new Date(),
      ...(failed
        ? { status: 'failed', lastError: `Twilio reports ${status}${errorCode ? ` (error ${errorCode})` : ''}` }
        : {}),
    },
  });
}
