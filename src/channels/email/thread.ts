import type { Tx } from '../../db';
import { mailDomain } from '../../notifications/messageIds';
import { findReferenceInSubject } from './subject';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Which ticket an incoming mail answers, in this order: a Message-ID it refers to (one the citizen
 * sent us before, or one of ours: acknowledgements and answers), else the ticket reference in the
 * subject, else none (a new ticket). The most recent reference is tried first.
 */
export async function findThread(tx: Tx, referenced: string[], subject: string): Promise<string | undefined> {
  if (referenced.length) {
    const own = new RegExp(`^<(${UUID})@${mailDomain().replace(/\./g, '\\.')}>$`, 'i');
    const ourIds = referenced.map((r) => own.exec(r)?.[1]).filter((x): x is string => Boolean(x));
    // one after the other: a transaction is one connection, and pg@9 refuses overlapping queries on it
    const messages = await tx.message.findMany({
      where: { channel: 'email', externalId: { in: referenced } },
      select: { externalId: true, ticketId: true },
    });
    const notifications = ourIds.length
      ? await tx.notification.findMany({
          where: { id: { in: ourIds }, ticketId: { not: null } },
          select: { id: true, ticketId: true },
        })
      : [];
    for (const ref of [...referenced].reverse()) {
      const hit =
        messages.find((m) => m.externalId === ref)?.ticketId ??
        notifications.find((n) => ref.toLowerCase().includes(n.id))?.ticketId;
      if (hit) return hit;
    }
  }
  const reference = findReferenceInSubject(subject);
  if (reference) return (await tx.ticket.findUnique({ where: { reference }, select: { id: true } }))?.id;
  return undefined;
}
