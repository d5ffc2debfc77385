import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '../../config';

let transport: Transporter | undefined;

export function mailer(): Transporter {
  transport ??= nodemailer.createTransport(config().SMTP_URL, { from: config().MAIL_FROM });
  return transport;
}

export function closeMailer(): void {
  transport?.close();
  transport = undefined;
}
