import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface Mailbox {
  messages: ParsedMail[];
  /** answer the next N deliveries with a temporary failure, as a struggling mail server does */
  refuseNext(n: number): void;
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export interface MailboxOptions {
  /** another port than SMTP_URL's (a proxy the test controls sits on that one) */
  port?: number;
  /** recipients the server refuses for good (550), as for an address that does not exist */
  unknownRecipients?: RegExp;
}

/** A real SMTP server on the port SMTP_URL names (test/support/env.ts picked a free one). */
export async function startMailbox(options: MailboxOptions = {}): Promise<Mailbox> {
  const port = options.port ?? Number(new URL(process.env.SMTP_URL!).port);
  const messages: ParsedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // the app keeps its pooled connections open: closing cuts them instead of waiting for them to leave
    closeTimeout: 50,
    onRcptTo(address, _session, callback) {
      if (!options.unknownRecipients?.test(address.address)) return callback();
      const err = new Error(`${address.address}: no such user here`) as Error & { responseCode: number };
      err.responseCode = 550;
      callback(err);
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals--;
          const err = new Error('Mailbox temporarily unavailable, try again later') as Error & { responseCode: number };
          err.responseCode = 451;
          return callback(err);
        }
        simpleParser(Buffer.concat(chunks)).then((mail) => {
          messages.push(mail);
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    messages,
    refuseNext(n) {
      refusals = n;
    },
    async waitFor(count, timeoutMs = 15000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} mails, got ${messages.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
