import type { ImapFlow } from 'imapflow';
import { db } from '../../db';
import { config } from '../../config';
import type { Mailbox } from '../../generated/prisma/client';
import { addToOutbox } from '../../notifications/outbox';
import { messageTooLarge } from '../../notifications/templates';
import { replyLanguage } from '../../notifications/replyLanguage';
import { quarantine } from './quarantine';
import { detectLanguage } from './language';

/** Too large to take in: kept in quarantine by its headers, and the sender told why. */
export async function keepTooLarge(client: ImapFlow, mailbox: Mailbox, uid: number, size: number): Promise<void> {
  const found = await client.fetchOne(String(uid), { envelope: true }, { uid: true });
  const envelope = found ? found.envelope : undefined;
  const from = envelope?.from?.[0]?.address?.toLowerCase();
  const subject = envelope?.subject ?? '';
  const maxMb = config().EMAIL_MAX_MESSAGE_MB;
  const sizeMb = Math.round((size / 1024 / 1024) * 10) / 10;
  const already = await db().quarantinedEmail.findFirst({
    where: { mailboxId: mailbox.id, uid: BigInt(uid), reason: 'too_large' },
  });
  if (already) return;
  await quarantine(
    undefined,
    mailbox,
    BigInt(uid),
    'too_large',
    `${sizeMb} MB is over the limit of ${maxMb} MB`,
    size,
    {
      messageIdHeader: envelope?.messageId ?? null,
      fromAddress: from ?? null,
      subject,
    },
  );
  if (!from) return;
  const language = replyLanguage(await detectLanguage(subject));
  await db().$transaction((tx) =>
    addToOutbox(tx, {
      channel: 'email',
      template: 'message_too_large',
      language,
      recipient: from,
      content: messageTooLarge(language, { subject, maxMb, sizeMb }),
      headers: { autoSubmitted: 'auto-replied' },
    }),
  );
}
