import type { ImapFlow } from 'imapflow';
import { db } from '../../db';
import { config } from '../../config';
import type { Mailbox } from '../../generated/prisma/client';
import { ingestEmail } from './quarantine';
import { readEmail, type ReadEmail } from './parse';
import { keepTooLarge } from './tooLarge';
import { KeyedScheduler, PredecessorFailed } from './keyedScheduler';
import { uidSet } from './uidSet';

export interface RunnerHooks {
  /** called after a message's ticket is committed and before it is marked processed on the server */
  afterIngest?: (uid: bigint) => void | Promise<void>;
}

/** One FETCH streams this many messages (or bytes); between two, what is committed is marked processed on the server. */
const FETCH_MESSAGES = 100;
const FETCH_BYTES = 16 * 1024 * 1024;
/** How far reading runs ahead of the ingests: fetched but uncommitted messages held in memory. */
const AHEAD_MESSAGES = 64;
const AHEAD_BYTES = 64 * 1024 * 1024;

/** Ingests at a time: half the database pool, as each holds a connection for its transaction and the api needs some. */
export function ingestConcurrency(): number {
  return Math.max(1, Math.min(8, Math.floor(config().DATABASE_POOL_SIZE / 2)));
}

type Batch = { tooLarge: true; uid: number; size: number } | { tooLarge: false; uids: number[] };

/** The UIDs in order, cut into FETCHes; a message over the limit is its own step, as only its envelope is read. */
function batches(uids: number[], sizes: Map<number, number>): Batch[] {
  const maxBytes = config().EMAIL_MAX_MESSAGE_MB * 1024 * 1024;
  const out: Batch[] = [];
  let current: number[] = [];
  let bytes = 0;
  const close = () => {
    if (current.length) out.push({ tooLarge: false, uids: current });
    current = [];
    bytes = 0;
  };
  for (const uid of uids) {
    const size = sizes.get(uid) ?? 0;
    if (size > maxBytes) {
      close();
      out.push({ tooLarge: true, uid, size });
      continue;
    }
    if (current.length >= FETCH_MESSAGES || (current.length && bytes + size > FETCH_BYTES)) close();
    current.push(uid);
    bytes += size;
  }
  close();
  return out;
}

/**
 * Reads the new messages of a mailbox (the UIDs after lastUid) in one go: their sources stream in over a
 * few FETCH commands, each message is parsed as it arrives and ingested alongside others (in order within
 * a thread or a sender: see KeyedScheduler), and the committed ones are marked processed together (\Seen or
 * moved, on a UID set) between FETCHes and at the end. lastUid moves up to the last UID with every one before
 * it marked. Exactly once: nothing is marked before its commit; a message committed but not yet marked when
 * the reader stops (or crashes, or an ingest fails) is read again, and its Message-ID (or its quarantine
 * row) makes that a no-op.
 */
export class SyncPass {
  private readonly scheduler = new KeyedScheduler(ingestConcurrency());
  /** committed (a ticket, a quarantine row), not yet marked on the server */
  private readonly committed = new Set<number>();
  /** marked on the server, or gone from the folder */
  private readonly finished = new Set<number>();
  /** index in uids of the first UID not finished */
  private nextUnfinished = 0;
  private failure?: { err: unknown };

  constructor(
    private readonly client: ImapFlow,
    private readonly mailbox: Mailbox,
    private readonly uids: number[],
    private readonly sizes: Map<number, number>,
    private readonly hooks: RunnerHooks,
    private readonly signal: AbortSignal,
  ) {}

  /** Stops early on a stop or a failure: what is in hand finishes, what is committed is marked, then the failure is thrown. */
  async run(): Promise<void> {
    try {
      for (const batch of batches(this.uids, this.sizes)) {
        if (this.stopped) break;
        if (batch.tooLarge) {
          await keepTooLarge(this.client, this.mailbox, batch.uid, batch.size);
          await this.hooks.afterIngest?.(BigInt(batch.uid));
          this.committed.add(batch.uid);
        } else {
          await this.fetch(batch.uids);
        }
        if (!this.stopped) await this.markProcessed();
      }
    } catch (err) {
      this.fail(err);
    }
    await this.scheduler.settled();
    // marked even after a failure, so the next pass has less to read again; a closed connection cannot be used
    if (this.client.usable) await this.markProcessed().catch((err: unknown) => this.fail(err));
    if (this.failure) throw this.failure.err;
  }

  private get stopped(): boolean {
    return this.signal.aborted || this.failure !== undefined;
  }

  private fail(err: unknown): void {
    this.failure ??= { err };
  }

  private async fetch(uids: number[]): Promise<void> {
    const returned = new Set<number>();
    // no other IMAP command may run inside this loop: the FETCH holds the connection until it is read to the end
    for await (const m of this.client.fetch(uidSet(uids), { uid: true, source: true }, { uid: true })) {
      if (this.stopped) break;
      returned.add(m.uid);
      if (!m.source) continue;
      await this.scheduler.room(AHEAD_MESSAGES, AHEAD_BYTES);
      const raw = m.source;
      // what cannot be read here is read again by the ingest, which keeps it in quarantine with the reason
      const read = await readEmail(raw).catch(() => undefined);
      const keys = read ? [read.from.address, read.messageId, ...read.referenced].map((k) => k.toLowerCase()) : [];
      this.scheduler
        .schedule(keys, () => this.ingest(m.uid, raw, read), raw.length)
        .catch((err: unknown) => {
          // a message waiting for a failed one is simply read again next time
          if (!(err instanceof PredecessorFailed)) this.fail(err);
        });
    }
    // expunged by someone else since the pass began: nothing to read, nothing to mark
    if (!this.stopped) for (const uid of uids) if (!returned.has(uid)) this.finished.add(uid);
  }

  private async ingest(uid: number, raw: Buffer, read: ReadEmail | undefined): Promise<void> {
    // not begun before the stop: left for the next pass
    if (this.stopped) return;
    await ingestEmail(raw, this.mailbox, BigInt(uid), read);
    await this.hooks.afterIngest?.(BigInt(uid));
    this.committed.add(uid);
  }

  /** One STORE (or MOVE) for everything committed so far, then lastUid as far as every UID before it is marked. */
  private async markProcessed(): Promise<void> {
    const ready = [...this.committed];
    if (ready.length) {
      const set = uidSet(ready);
      if (this.mailbox.processedFolder) await this.client.messageMove(set, this.mailbox.processedFolder, { uid: true });
      else await this.client.messageFlagsAdd(set, ['\\Seen'], { uid: true });
      for (const uid of ready) {
        this.committed.delete(uid);
        this.finished.add(uid);
      }
    }
    let last = this.mailbox.lastUid;
    while (this.nextUnfinished < this.uids.length && this.finished.has(this.uids[this.nextUnfinished])) {
      last = BigInt(this.uids[this.nextUnfinished++]);
    }
    if (last > this.mailbox.lastUid) {
      await db().mailbox.update({ where: { id: this.mailbox.id }, data: { lastUid: last } });
      this.mailbox.lastUid = last;
    }
  }
}
