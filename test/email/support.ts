import { randomBytes } from 'node:crypto';
import type { Mailbox } from '../../src/generated/prisma/client';
import { db } from '../../src/db';
import { createMailbox } from '../../src/channels/email/mailboxes/service';
import { MailboxRunner, type RunnerHooks } from '../../src/channels/email/imapSync';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { startDovecot, type Dovecot, type DovecotUser } from '../support/dovecot';
import { startMailbox, type Mailbox as SmtpMailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

export interface EmailWorld {
  dovecot: Dovecot;
  info: DovecotUser;
  mailbox: Mailbox;
  smtp: SmtpMailbox;
  runner(hooks?: RunnerHooks): MailboxRunner;
}

/** A real Dovecot with info@, a real SMTP server for what we send, the outbox worker, and the mailbox configured. */
export async function emailWorld(
  opts: { processedFolder?: string; extraUsers?: DovecotUser[] } = {},
): Promise<EmailWorld> {
  const info = { user: 'info@testdorp.example', password: 'geheim-info' };
  const dovecot = await startDovecot([info, ...(opts.extraUsers ?? [])]);
  onTeardown(() => dovecot.stop());
  const smtp = await startMailbox();
  onTeardown(() => smtp.close());
  const worker = startOutboxWorker();
  onTeardown(() => worker.close());
  const mailbox = await createMailbox({
    name: 'Algemeen',
    address: 'info@testdorp.example',
    imapHost: dovecot.host,
    imapPort: dovecot.port,
    imapTls: false,
    imapUser: info.user,
    imapPassword: info.password,
    folder: 'INBOX',
    processedFolder: opts.processedFolder ?? null,
  });
  const runners: MailboxRunner[] = [];
  onTeardown(async () => {
    for (const r of runners) await r.stop();
  });
  return {
    dovecot,
    info,
    mailbox,
    smtp,
    runner(hooks) {
      const r = new MailboxRunner(mailbox.id, hooks).start();
      runners.push(r);
      return r;
    },
  };
}

export interface RawEmail {
  from?: string;
  to?: string;
  subject?: string;
  body?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
}

export function newMessageId(): string {
  return `<${randomBytes(8).toString('hex')}@mail.example.be>`;
}

/** A plain mail as a citizen's mail program sends it (CRLF, UTF-8 quoted-printable when needed). */
export function rawEmail(e: RawEmail): string {
  const lines = [
    `From: ${e.from ?? 'Marie Janssens <marie.janssens@example.be>'}`,
    `To: ${e.to ?? 'Gemeente Testdorp <info@testdorp.example>'}`,
    `Subject: ${e.subject ?? 'Vraag over mijn identiteitskaart'}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: ${e.messageId ?? newMessageId()}`,
    ...(e.inReplyTo ? [`In-Reply-To: ${e.inReplyTo}`] : []),
    ...(e.references?.length ? [`References: ${e.references.join(' ')}`] : []),
    ...Object.entries(e.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    e.body ??
      'Goedendag,\n\nMijn identiteitskaart vervalt volgende maand. Wat moet ik meebrengen?\n\nMet vriendelijke groeten,\nMarie',
  ];
  return lines.join('\r\n').replace(/(?<!\r)\n/g, '\r\n') + '\r\n';
}

export function ticketsWithEmail() {
  return db().ticket.findMany({
    where: { channel: 'email' },
    include: { messages: { orderBy: { createdAt: 'asc' } } },
    orderBy: { createdAt: 'asc' },
  });
}

export async function waitForMessages(count: number, timeoutMs = 20000) {
  return eventually(
    async () =>
      (await db().message.count({ where: { channel: 'email', direction: 'inbound' } })) >= count ? true : undefined,
    timeoutMs,
    `${count} email messages`,
  );
}
