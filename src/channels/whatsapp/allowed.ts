import { db, type Tx } from '../../db';

/** May we write to this WhatsApp number: its owner did not send STOP there (a STOP by SMS is another identity). */
export async function whatsappAllowed(number: string, tx: Tx = db()): Promise<boolean> {
  const identity = await tx.contactIdentity.findUnique({
    where: { kind_value: { kind: 'whatsapp', value: number } },
    select: { smsOptedOutAt: true },
  });
  return !identity?.smsOptedOutAt;
}
