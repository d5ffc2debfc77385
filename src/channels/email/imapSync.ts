import type { ImapFlow } from 'imapflow';
import { db } from '../../db';
import { config } from '../../config';
import { logger } from '../../logger';
import { imapClient } from './imapSession';
import { SyncPass, type RunnerHooks } from './syncPass';

export type { RunnerHooks };

/** Resolves after ms or on abort, whichever comes first; the listener goes too, so reconnecting for days adds none. */
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * Reads one mailbox for as long as it runs: IDLE where the server offers it (polling otherwise, and a
 * slow safety poll anyway), reconnecting with backoff when the server goes away. New mail is read in
 * passes (see SyncPass): a message is marked processed on the server only after its ticket is committed,
 * and the last UID is kept per UIDVALIDITY, so a crash at any point neither loses nor doubles a message.
 */
export class MailboxRunner {
  private readonly abort = new AbortController();
  private client?: ImapFlow;
  private chain: Promise<void> = Promise.resolve();
  private done?: Promise<void>;

  constructor(
    readonly mailboxId: string,
    private readonly hooks: RunnerHooks = {},
  ) {}

  start(): this {
    this.done = this.loop();
    return this;
  }

  /** Waits for the messages in hand (and marks them processed), then logs out. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.chain.catch(() => undefined);
    await this.client?.logout().catch(() => this.client?.close());
    await this.done;
  }

  /** Drops the connection without finishing anything, as a crash would. */
  crash(): void {
    this.abort.abort();
    this.client?.close();
  }

  private async loop(): Promise<void> {
    let delay = 500;
    while (!this.abort.signal.aborted) {
      try {
        await this.session();
        delay = 500;
      } catch (err) {
        if (this.abort.signal.aborted) break;
        const message = String((err as Error)?.message ?? err).slice(0, 500);
        logger.warn({ mailboxId: this.mailboxId, err: message }, 'mailbox connection failed; retrying');
        await db()
          .mailbox.update({ where: { id: this.mailboxId }, data: { lastError: message, lastErrorAt: new Date() } })
          .catch(() => undefined);
      }
      if (this.abort.signal.aborted) break;
      await sleep(delay, this.abort.signal);
      delay = Math.min(delay * 2, config().IMAP_RECONNECT_MAX_MS);
    }
  }

  private async session(): Promise<void> {
    const mailbox = await db().mailbox.findUniqueOrThrow({ where: { id: this.mailboxId } });
    const client = imapClient(mailbox);
    this.client = client;
    let failure: unknown;
    client.on('error', (err) => (failure = err));
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    await client.connect();
    if (mailbox.processedFolder) await client.mailboxCreate(mailbox.processedFolder).catch(() => undefined);
    // selected but not locked between syncs: imapflow only IDLEs while nobody holds the mailbox lock
    await client.mailboxOpen(mailbox.folder);
    const idle = client.capabilities.has('IDLE');
    const timer = setInterval(
      () => this.kick(client),
      idle ? Math.max(config().IMAP_POLL_INTERVAL_MS, 5 * 60_000) : config().IMAP_POLL_INTERVAL_MS,
    );
    let onAbort = () => {};
    const stopped = new Promise<void>((resolve) => (onAbort = resolve));
    this.abort.signal.addEventListener('abort', onAbort, { once: true });
    try {
      this.kick(client);
      client.on('exists', () => this.kick(client));
      await Promise.race([closed, stopped]);
      if (failure && !this.abort.signal.aborted) throw failure;
      if (!this.abort.signal.aborted) throw new Error('connection closed by the server');
    } finally {
      clearInterval(timer);
      // one listener per connection would pile up over days of reconnecting
      this.abort.signal.removeEventListener('abort', onAbort);
    }
  }

  /** Syncs one at a time: a new-mail signal during a sync queues one more pass. */
  private kick(client: ImapFlow): void {
    this.chain = this.chain
      .then(() => (this.abort.signal.aborted ? undefined : this.sync(client)))
      .catch((err) => {
        logger.warn({ mailboxId: this.mailboxId, err: (err as Error).message }, 'mailbox sync failed; reconnecting');
        client.close();
      });
  }

  private async sync(client: ImapFlow): Promise<void> {
    const { folder } = await db().mailbox.findUniqueOrThrow({
      where: { id: this.mailboxId },
      select: { folder: true },
    });
    const lock = await client.getMailboxLock(folder);
    try {
      await this.syncLocked(client);
    } finally {
      lock.release();
    }
  }

  private async syncLocked(client: ImapFlow): Promise<void> {
    let mailbox = await db().mailbox.findUniqueOrThrow({ where: { id: this.mailboxId } });
    const uidValidity = client.mailbox ? BigInt(client.mailbox.uidValidity) : undefined;
    if (uidValidity !== undefined && mailbox.uidValidity !== uidValidity) {
      // a new UIDVALIDITY means the UIDs we kept mean nothing any more: read everything again; Message-IDs keep it single
      mailbox = await db().mailbox.update({ where: { id: mailbox.id }, data: { uidValidity, lastUid: 0n } });
    }
    const sizes = new Map<number, number>();
    for await (const m of client.fetch(`${mailbox.lastUid + 1n}:*`, { uid: true, size: true }, { uid: true })) {
      if (BigInt(m.uid) > mailbox.lastUid) sizes.set(m.uid, m.size ?? 0);
    }
    const uids = [...sizes.keys()].sort((a, b) => a - b);
    await new SyncPass(client, mailbox, uids, sizes, this.hooks, this.abort.signal).run();
    if (this.abort.signal.aborted) return;
    await db().mailbox.update({
      where: { id: mailbox.id },
      data: { lastSyncAt: new Date(), lastError: null, lastErrorAt: null },
    });
  }
}
