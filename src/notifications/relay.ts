import { Client } from 'pg';
import { config } from '../config';
import { logger } from '../logger';
import { notify } from '../db';
import type { NotificationChannel } from '../generated/prisma/enums';
import { claimDue, countWaiting, deliverClaimed, deliverNotification, dueStatusUpdates, nextDueInMs } from './deliver';
import type { DeliveryOutcome } from './deliver';
import { pausedChannels, watchProviders } from './providerCircuit';
import { OUTBOX_CHANNEL } from './outbox';

/**
 * A provider answers again: every relay is woken (in every worker process) and claims what waited for it; claiming
 * each row keeps every message to one send whichever relay gets there first.
 */
export async function releaseWaiting(channels: NotificationChannel[]): Promise<number> {
  const waiting = await countWaiting(channels);
  await notify(OUTBOX_CHANNEL);
  return waiting;
}

/** The least time between two passes while the outbox is busy: a burst's mail waits at most this much longer. */
const GATHER_MS = 25;

/**
 * Sends the outbox straight from PostgreSQL, in every worker process. It wakes when a notification is committed
 * (LISTEN: writers signal just after their commit, see signalOutbox), when the next delayed row falls due (a
 * status update's delay, a retry's backoff, a lease running out) and at least every OUTBOX_SWEEP_INTERVAL_MS as a
 * safety net (a signal lost while the listening connection was down). Each wake claims due rows in batches with
 * FOR UPDATE SKIP LOCKED, so relays in several processes share the work and each row goes to one of them; at most
 * OUTBOX_CONCURRENCY sends are under way per process. Redis is only read for the provider circuits, which count
 * as closed without it: with Redis away the outbox still sends.
 *
 * A row being sent is leased (OUTBOX_LEASE_MS) and the lease renewed every OUTBOX_LEASE_RENEW_MS while the send
 * is under way; a process that is killed stops renewing and another relay takes its rows over once the lease has
 * run out. Such a row is sent again: if the provider had already accepted it before the kill (the worker died
 * between the provider's "accepted" and writing "sent"), the citizen gets it twice. Nothing else sends twice.
 */
export class OutboxRelay {
  private listener: Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private passing: Promise<void> | undefined;
  private again = false;
  /** after a pass that found work, the next one waits until then, so a burst is claimed in batches */
  private gatherUntil = 0;
  /** the last pass stopped because every slot was taken: a finished send looks for more */
  private full = false;
  private closed = false;
  private readonly sends = new Set<Promise<void>>();
  private stopWatching: (() => void) | undefined;
  /** messages this relay handed to a sender (tests and benchmarks count them) */
  sent = 0;
  /** passes over the outbox so far: an idle relay makes one per sweep interval (tests count them) */
  passes = 0;

  constructor(private readonly concurrency = config().OUTBOX_CONCURRENCY) {}

  start(): this {
    void this.listen();
    this.wake();
    // any worker may be the one that finds a paused provider answering again
    this.stopWatching = watchProviders(releaseWaiting);
    return this;
  }

  /**
   * Something may be due: one pass at a time; a wake during a pass runs one more after it. While mail keeps coming
   * (a pass found work) passes are at least GATHER_MS apart: at 250 tickets a second a pass per signal claimed two
   * rows with three queries, and the relay's queries cost PostgreSQL more than the intake's own statement.
   */
  wake(): void {
    if (this.closed) return;
    if (this.passing) {
      this.again = true;
      return;
    }
    const wait = this.gatherUntil - Date.now();
    // the one timer comes back then (sooner than the sweep it may have been set for)
    if (wait > 0) return this.arm(wait);
    this.passing = this.pass()
      .catch((err: unknown) => {
        logger.warn({ err }, 'outbox relay: pass failed (PostgreSQL not answering?); trying again shortly');
        this.arm(1000);
      })
      .finally(() => {
        this.passing = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async pass(): Promise<void> {
    this.passes++;
    // a provider whose circuit is open keeps its rows waiting; its circuit closing wakes every relay
    const paused = await pausedChannels();
    this.full = false;
    let found = 0;
    for (;;) {
      const free = this.concurrency - this.sends.size;
      if (free <= 0) {
        this.full = true;
        break;
      }
      const rows = await claimDue(free, paused);
      for (const row of rows) this.run(() => deliverClaimed([row]));
      const statusIds = rows.length < free ? await dueStatusUpdates(free - rows.length, paused) : [];
      for (const id of statusIds) this.run(() => deliverNotification(id));
      found += rows.length + statusIds.length;
      if (rows.length + statusIds.length < free) break;
    }
    if (found || this.full) {
      this.gatherUntil = Date.now() + GATHER_MS;
      // more is probably coming: the next pass claims what arrived or fell due meanwhile, and the moment of the next
      // delayed row is looked up once a pass finds nothing. When every slot is taken, a finished send wakes it.
      this.arm(this.full ? undefined : GATHER_MS);
    } else this.arm(await nextDueInMs(paused));
  }

  /** The next wake without a signal: when the next row falls due, or the safety net's interval. */
  private arm(dueInMs: number | undefined): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    const wait = Math.min(dueInMs ?? Infinity, config().OUTBOX_SWEEP_INTERVAL_MS);
    // a little after the moment, so the row is due on PostgreSQL's clock too
    this.timer = setTimeout(() => this.wake(), Math.max(5, Math.ceil(wait) + 5));
    this.timer.unref();
  }

  private run(send: () => Promise<DeliveryOutcome>): void {
    const under = send()
      .then((outcome) => {
        if (outcome === 'sent') this.sent++;
        // a retry waits for its backoff: the next pass sets the timer for it
        if (outcome === 'retry') this.wake();
      })
      .catch((err: unknown) => logger.error({ err }, 'outbox relay: a send ended unexpectedly; its lease will run out'))
      .finally(() => {
        this.sends.delete(under);
        // refill once half the slots are free: one claim for several rows rather than one per finished send. That is
        // the batch the gathering pause waits for, so the refill does not wait for the pause too (with it, a backlog
        // drained at most half the slots per GATHER_MS: about 160 mails a second, whatever the mail server could take)
        if (this.full && this.sends.size <= Math.floor(this.concurrency / 2)) {
          this.gatherUntil = 0;
          this.wake();
        }
      });
    this.sends.add(under);
  }

  /** A connection of its own that only listens; a lost one is opened again, and a pass covers what it missed. */
  private async listen(): Promise<void> {
    if (this.closed) return;
    const client = new Client({ connectionString: config().DATABASE_URL });
    let retried = false;
    const retry = (err?: unknown) => {
      if (retried || this.closed) return;
      retried = true;
      if (err) logger.warn({ err }, 'outbox relay: listening connection lost; listening again in a second');
      client.end().catch(() => undefined);
      if (this.listener === client) this.listener = undefined;
      setTimeout(() => void this.listen(), 1000).unref();
    };
    client.on('notification', () => this.wake());
    client.on('error', retry);
    client.on('end', () => retry());
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      if (this.closed) return void client.end().catch(() => undefined);
      this.listener = client;
      this.wake();
    } catch (err) {
      retry(err);
    }
  }

  /** Stops claiming; the sends under way are finished first (SIGTERM), so their rows end sent or released. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.stopWatching?.();
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
    await this.passing;
    while (this.sends.size) await Promise.allSettled([...this.sends]);
  }
}
