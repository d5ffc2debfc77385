import type { Principal } from '../auth/principal';
import { db } from '../db';
import { ConflictError, ValidationError } from '../shared/errors';
import { recordEvent } from './events';
import { ticketFor } from './access';
import { ticketChanged } from '../shared/ticketChanges';
import { VersionMismatch } from '../shared/versions';
import { staleTicket } from './update';

/**
 * Folds a duplicate into the ticket that stays: its messages, attachments and tracking links move
 * to the survivor (so the citizen's links keep working), the survivor takes its contact when it had
 * none, and the duplicate is closed and points to the survivor. With `sourceVersion` (a bulk merge from the
 * list), a duplicate changed since the agent's list showed it is refused (409), checked under the row lock.
 */
export async function mergeTickets(user: Principal, sourceId: string, targetId: string, sourceVersion?: number) {
  if (sourceId === targetId)
    throw new ValidationError('A ticket cannot be merged into itself.', { targetId: 'Choose another ticket.' });
  const { survivor, closed } = await db()
    .$transaction(async (tx) => {
      // lock both rows in a fixed order so two merges of the same pair cannot interleave
      await tx.$queryRaw`SELECT id FROM ticket WHERE id IN (${sourceId}::uuid, ${targetId}::uuid) ORDER BY id FOR UPDATE`;
      const source = await ticketFor(user, sourceId, tx);
      const target = await ticketFor(user, targetId, tx);
      if (sourceVersion !== undefined && source.version !== sourceVersion) throw new VersionMismatch(sourceId);
      if (source.mergedIntoId) throw new ConflictError('This ticket was already merged into another one.');
      if (target.mergedIntoId)
        throw new ConflictError('The chosen ticket was itself merged; merge into the ticket it points to.', {
          targetId: 'Already merged.',
        });
      await tx.message.updateMany({ where: { ticketId: sourceId }, data: { ticketId: targetId } });
      await tx.attachment.updateMany({ where: { ticketId: sourceId }, data: { ticketId: targetId } });
      await tx.trackingToken.updateMany({ where: { ticketId: sourceId }, data: { ticketId: targetId } });
      const now = new Date();
      const closed = await tx.ticket.update({
        where: { id: sourceId },
        data: { mergedIntoId: targetId, status: 'closed', closedAt: now },
      });
      const survivor = await tx.ticket.update({
        where: { id: targetId },
        data: {
          contactId: target.contactId ?? source.contactId,
          tags: [...new Set([...target.tags, ...source.tags])],
        },
        include: { contact: true },
      });
      await recordEvent(tx, targetId, 'merged', user.id, {
        sourceId,
        sourceReference: source.reference,
        sourceContactId: source.contactId,
      });
      await recordEvent(tx, sourceId, 'merged_into', user.id, { targetId, targetReference: target.reference });
      return { survivor, closed };
    })
    .catch(async (err: unknown) => {
      throw err instanceof VersionMismatch ? await staleTicket(user, err.id) : err;
    });
  await ticketChanged('updated', closed);
  await ticketChanged('message', survivor);
  return survivor;
}
