import { db } from '../../db';
import type { BounceInfo } from './classify';
import { mailDomain } from '../../notifications/messageIds';
import { markEmailBounced } from '../../contacts/reachability';

const OWN_ID = /^<([0-9a-f-]{36})@(.+)>$/i;

/**
 * A delivery failure report: the notification it reports on is marked failed with the server's
 * words, and a permanent failure marks the address as bouncing for agents to see. Answers with the
 * ticket the failed notification belonged to, so the report lands there.
 */
export async function recordBounce(bounce: BounceInfo | undefined): Promise<string | undefined> {
  if (!bounce) return undefined;
  const own = bounce.originalMessageId ? OWN_ID.exec(bounce.originalMessageId) : null;
  const notification =
    own && own[2].toLowerCase() === mailDomain().toLowerCase()
      ? await db().notification.findUnique({ where: { id: own[1].toLowerCase() } })
      : null;
  const reason = bounce.diagnostic ?? 'delivery failed';
  if (notification && bounce.permanent) {
    await db().notification.update({
      where: { id: notification.id },
      data: { status: 'failed', lastError: `bounced: ${reason}`.slice(0, 1000) },
    });
  }
  const recipient = bounce.recipient ?? notification?.recipient;
  if (recipient && bounce.permanent) {
    await markEmailBounced(recipient, reason);
  }
  return notification?.ticketId ?? undefined;
}
