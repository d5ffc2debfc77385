import nodemailer, { type Transporter } from 'nodemailer';
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

export function mailer(): Transporter {
  transport ??= nodemailer.createTransport(smtpUrl(), { from: config().MAIL_FROM });
  return transport;
}

export function closeMailer(): void {
  transport?.close();
  transport = undefined;
}
