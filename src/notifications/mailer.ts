import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '../config';

let transport: Transporter | undefined;

export function mailer(): Transporter {
  transport ??= nodemailer.createTransport(config().SMTP_URL, { from: config().MAIL_FROM });
  return transport;
}

/** The domain of our own Message-IDs: the sending address's. */
export function mailDomain(): string {
  const match = /@([^>\s]+)/.exec(config().MAIL_FROM);
  return match ? match[1] : 'voordeur.invalid';
}

export function closeMailer(): void {
  transport?.close();
  transport = undefined;
}
