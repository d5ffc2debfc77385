import type { Tx } from '../../db';

/**
 * WhatsApp's customer-service window: for 24 hours after the citizen's last message the town may write freely;
 * after that only an approved template (Twilio Content SID) goes through. Counted from the last inbound WhatsApp
 * message of the contact that owns this number, as stored on their tickets.
 */
export const WINDOW_MS = 24 * 3600 * 1000;

export async function lastInboundAt(tx: Tx, number: string): Promise<Date | undefined> {
  const identity = await tx.contactIdentity.findUnique({
    where: { kind_value: { kind: 'whatsapp', value: number } },
    select: { contactId: true },
  });
  if (!identity) return undefined;
  const last = await tx.message.findFirst({
    where: { authorContactId: identity.contactId, channel: 'whatsapp', direction: 'inbound' },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  return last?.createdAt;
}

export async function windowOpen(tx: Tx, number: string, now = new Date()): Promise<boolean> {
  const last = await lastInboundAt(tx, number);
  return !!last && now.getTime() - last.getTime() < WINDOW_MS;
}
