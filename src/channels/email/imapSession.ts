import { ImapFlow } from 'imapflow';
import type { Mailbox } from '../../generated/prisma/client';
import { decryptSecret } from '../../shared/secretBox';

/** An imapflow client for a mailbox, quiet (our own logs say what matters) and with timeouts that notice a dead server. */
export function imapClient(mailbox: Mailbox): ImapFlow {
  return new ImapFlow({
    host: mailbox.imapHost,
    port: mailbox.imapPort,
    secure: mailbox.imapTls,
    auth: { user: mailbox.imapUser, pass: decryptSecret(mailbox.imapPasswordEnc) },
    logger: false,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 5 * 60_000,
    // IDLE soon after each command, so new mail is noticed within about a second rather than after imapflow's default 15 s
    autoIdleDelay: 250,
    // plain IMAP on port 143 is for local test servers; production mailboxes use TLS
    doSTARTTLS: mailbox.imapTls ? undefined : false,
  });
}

/** For the console's "test connection": logs in and out, and says what went wrong in words. */
export async function testImapConnection(
  mailbox: Mailbox,
): Promise<{ ok: boolean; error?: string; messages?: number }> {
  const client = imapClient(mailbox);
  client.on('error', () => undefined);
  try {
    await client.connect();
    const status = await client.status(mailbox.folder, { messages: true });
    await client.logout();
    return { ok: true, messages: status ? status.messages : undefined };
  } catch (err) {
    client.close();
    const e = err as Error & { responseText?: string; authenticationFailed?: boolean };
    return {
      ok: false,
      error: e.authenticationFailed ? 'Login refused: check the user and password.' : (e.responseText ?? e.message),
    };
  }
}
