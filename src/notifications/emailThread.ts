import type { Tx } from '../db';
import { config } from '../config';
import type { EmailHeaders } from './outbox';
import { notificationMessageId } from './messageIds';

const MAX_REFERENCES = 20;

/**
 * The headers that put our answer into the citizen's thread: In-Reply-To the last thing they sent us
 * (or we sent them), References the conversation so far, oldest first.
 */
export async function threadHeadersFor(tx: Tx, ticketId: string): Promise<EmailHeaders> {
  // one after the other: a transaction is one connection, and pg@9 refuses overlapping queries on it
  const inbound = await tx.message.findMany({
    where: { ticketId, channel: 'email', direction: 'inbound', externalId: { not: null } },
    select: { externalId: true, createdAt: true },
  });
  const outbound = await tx.notification.findMany({
    where: { ticketId, channel: 'email' },
    select: { id: true, createdAt: true },
  });
  const ids = [
    ...inbound.map((m) => ({ id: m.externalId!, at: m.createdAt, inbound: true })),
    ...outbound.map((n) => ({ id: notificationMessageId(n.id), at: n.createdAt, inbound: false })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  if (ids.length === 0) return {};
  const lastInbound = [...ids].reverse().find((i) => i.inbound);
  return {
    inReplyTo: (lastInbound ?? ids[ids.length - 1]).id,
    references: ids.slice(-MAX_REFERENCES).map((i) => i.id),
  };
}

/** Answers leave from the mailbox the ticket came in through, so the citizen's reply comes back there. */
export function senderFor(
  mailbox: { fromAddress: string | null; address: string } | null | undefined,
): string | undefined {
  if (!mailbox) return undefined;
  return `"${config().MUNICIPALITY_NAME.replace(/"/g, '')}" <${mailbox.fromAddress ?? mailbox.address}>`;
}
