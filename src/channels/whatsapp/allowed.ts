import { db, type Tx } from '../../db';
import { identityState } from '../../contacts/reachability';
import type { IdentityState } from '../../shared/channelRegistry';

/** May we write to this WhatsApp number: its owner did not send STOP there (a STOP by SMS is another identity). */
export function whatsappAllowedFor(_number: string, identity: IdentityState | undefined): boolean {
  return !identity?.smsOptedOutAt;
}

export async function whatsappAllowed(number: string, tx: Tx = db()): Promise<boolean> {
  return whatsappAllowedFor(number, await identityState('whatsapp', number, tx));
}
