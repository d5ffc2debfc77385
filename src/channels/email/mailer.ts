import nodemailer, { type Transporter } from 'nodemailer';
import { Transform, type TransformCallback } from 'node:stream';
import { config } from '../../config';

let transport: Transporter | undefined;

/**
 * Pooled unless SMTP_URL says otherwise (?pool=false): a backlog (after a mail server outage, a bulk status
 * change) goes out over a few open connections instead of one new connection per message, about twice as fast.
 * A message whose connection closed before it was sent tries one fresh connection (an idle one the server
 * dropped), not five: a server that is away is the provider circuit's business (providerCircuit.ts).
 */
const POOL_DEFAULTS = { pool: 'true', maxConnections: '8', maxRequeues: '1' };

function smtpUrl(): string {
  const url = new URL(config().SMTP_URL);
  for (const [name, value] of Object.entries(POOL_DEFAULTS))
    if (!url.searchParams.has(name)) url.searchParams.set(name, value);
  return url.toString();
}

/**
 * The composed message handed on as one piece. nodemailer streams a message part by part, and each part (headers,
 * a boundary, a part's headers, its body) became a write of its own to the socket: about ten system calls and packets
 * per mail, the largest share of the process's socket writes when acknowledgements go out in bulk. A message is at most
 * a few megabytes (the outbox keeps its text and inline images in PostgreSQL), so holding it whole costs little.
 */
class WholeMessage extends Transform {
  private readonly parts: Buffer[] = [];

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.parts.push(chunk);
    done();
  }

  override _flush(done: TransformCallback): void {
    done(null, Buffer.concat(this.parts));
  }
}

export function mailer(): Transporter {
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl(), { from: config().MAIL_FROM });
    transport.use('stream', (mail, done) => {
      mail.message.transform(() => new WholeMessage());
      done();
    });
  }
  return transport;
}

export function closeMailer(): void {
  transport?.close();
  transport = undefined;
}
