import type { Tx } from '../db';
import { db } from '../db';
import { config } from '../config';
import { randomToken, sha256Hex } from '../shared/tokens';

/** A new tracking link for the ticket; only its hash is kept, so the link exists only in what we sent. */
export async function issueTrackingToken(tx: Tx, ticketId: string): Promise<string> {
  const token = randomToken();
  await tx.trackingToken.create({ data: { ticketId, tokenHash: sha256Hex(token) } });
  return token;
}

export function trackingUrl(token: string): string {
  return `${config().PUBLIC_URL}/volg/${token}`;
}

export async function ticketIdForTrackingToken(token: string): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const row = await db().trackingToken.findUnique({ where: { tokenHash: sha256Hex(token) } });
  return row?.ticketId;
}
