import { config } from '../config';

/** The domain of our own Message-IDs: the sending address's. */
export function mailDomain(): string {
  const match = /@([^>\s]+)/.exec(config().MAIL_FROM);
  return match ? match[1] : 'voordeur.invalid';
}

/** Our Message-ID for a notification: stable per row, so a send repeated after a crash is one message to mail programs. */
export function notificationMessageId(id: string): string {
  return `<${id}@${mailDomain()}>`;
}
