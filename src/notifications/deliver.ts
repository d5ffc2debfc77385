import { db, sql, type Tx } from '../db';
import { fieldList } from '../shared/sqlFields';
import { config } from '../config';
import type { Notification } from '../generated/prisma/client';
import type { EmailHeaders } from './outbox';
import { RecipientUnreachable, senderRegistry } from './senders';
import { bundle } from './bundle';
import { circuitState, providerOf, ProviderPaused, throughCircuit } from './providerCircuit';
import type { NotificationChannel } from '../generated/prisma/enums';
import { logger } from '../logger';
import { batched } from '../shared/batched';

/** paused: the provider is unreachable; the row waits unchanged until its circuit closes and releases it */
export type DeliveryOutcome = 'sent' | 'skipped' | 'retry' | 'failed' | 'suppressed' | 'paused';

/** The lease as an SQL interval; every lease is measured on PostgreSQL's clock, the same for all workers. */
const leaseMs = () => config().OUTBOX_LEASE_MS;

/**
 * Claims the row first: only a pending row that is due, or one whose sender died while holding it (lease
 * expired), is sent. A second worker, a second relay or a repeated call finds nothing to claim, so a message that
 * was sent is never sent again.
 */
async function claim(id: string, tx: Tx = db()): Promise<Notification | undefined> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE notification SET status = 'sending', locked_at = now(), attempts = attempts + 1
    WHERE id = ${id}::uuid AND (send_after IS NULL OR send_after <= now())
      AND (status = 'pending' OR (status = 'sending' AND locked_at < now() - ${leaseMs()}::int * interval '1 millisecond'))
    RETURNING id`;
  if (rows.length === 0) return undefined;
  return tx.notification.findUniqueOrThrow({ where: { id } });
}

/**
 * The relay's batch: up to `limit` due rows (pending and due, or leased by a worker that stopped renewing), claimed
 * in one statement. SKIP LOCKED lets several relays claim at once, each row by one of them. Status updates are
 * left out: they are claimed one citizen at a time with their companions (dueStatusUpdates, deliverNotification).
 */
export async function claimDue(limit: number, paused: NotificationChannel[] = []): Promise<Notification[]> {
  // the relay's hottest query: one prepared statement straight through pg that hands back the claimed rows whole;
  // the claim itself is a function (migration 20261207500000) so a burst does not meet a plan made for a quiet outbox
  const rows = await sql<Notification>(
    `SELECT ${NOTIFICATION_FIELDS} FROM notification_claim_due($1::text[], $2::int, $3::int)`,
    [paused, leaseMs(), limit],
  );
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/** The notification as Prisma's model names it (see fieldList: the statement is prepared). */
const NOTIFICATION_FIELDS = fieldList({
  id: 0,
  channel: 0,
  template: 0,
  language: 0,
  recipient: 0,
  subject: 0,
  bodyText: 0,
  bodyHtml: 0,
  fromAddress: 0,
  headers: 0,
  ticketId: 0,
  messageId: 0,
  status: 0,
  attempts: 0,
  lastError: 0,
  providerId: 0,
  providerStatus: 0,
  providerStatusAt: 0,
  lockedAt: 0,
  sendAfter: 0,
  createdAt: 0,
  sentAt: 0,
} satisfies Record<keyof Notification, 0>);

/** Status updates that are due, oldest first, not claimed: deliverNotification claims each with its companions. */
export async function dueStatusUpdates(limit: number, paused: NotificationChannel[] = []): Promise<string[]> {
  const rows = await sql<{ id: string }>('SELECT notification_due_status_updates($1::text[], $2::int, $3::int) AS id', [
    paused,
    leaseMs(),
    limit,
  ]);
  return rows.map((r) => r.id);
}

/**
 * Milliseconds until the next row falls due (a delayed status update, a retry's backoff) or a lease runs out;
 * undefined when nothing is waiting. Rows of a paused provider wait for its circuit to close instead.
 */
export async function nextDueInMs(paused: NotificationChannel[] = []): Promise<number | undefined> {
  const [row] = await sql<{ ms: number | null }>('SELECT notification_next_due_ms($1::text[], $2::int) AS ms', [
    paused,
    leaseMs(),
  ]);
  return row?.ms ?? undefined;
}

/**
 * Keeps the rows' lease while their send is under way: a send that takes long (a slow mail server) is not taken
 * over, and one whose worker was killed is taken over soon after, once its lease ran out without renewal.
 */
async function leased<T>(ids: string[], work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    db()
      .$executeRaw`UPDATE notification SET locked_at = now() WHERE id = ANY(${ids}::uuid[]) AND status = 'sending'`.catch(
      (err: unknown) => logger.warn({ err, ids }, 'outbox: could not renew the lease of a send under way'),
    );
  }, config().OUTBOX_LEASE_RENEW_MS);
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/**
 * A status update is claimed together with the other status updates for the same citizen that are due (or
 * nearly): they go out as one message. One citizen's updates are claimed one sender at a time (an advisory lock
 * on the address), so relays claiming at once after a bulk change do not each send a part.
 */
async function claimWithCompanions(id: string): Promise<Notification[]> {
  const peek = await db().notification.findUnique({
    where: { id },
    select: { template: true, recipient: true, channel: true },
  });
  if (!peek?.template.startsWith('status_')) {
    const n = await claim(id);
    return n ? [n] : [];
  }
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`outbox:${peek.recipient}`}))`;
    const n = await claim(id, tx);
    if (!n) return [];
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE notification SET status = 'sending', locked_at = now(), attempts = attempts + 1
      WHERE recipient = ${peek.recipient} AND channel = ${peek.channel}::"NotificationChannel" AND template LIKE 'status\\_%'
        AND status = 'pending' AND id <> ${id}::uuid AND (send_after IS NULL OR send_after <= now() + interval '1 minute')
      RETURNING id`;
    const companions = rows.length
      ? await tx.notification.findMany({ where: { id: { in: rows.map((r) => r.id) } }, orderBy: { createdAt: 'asc' } })
      : [];
    return [n, ...companions];
  });
}

/** A status update whose case moved on before it left (a quick correction, a reopening) would tell something untrue. */
async function outdated(rows: Notification[]): Promise<Set<string>> {
  const announcing = rows.filter((r) => (r.headers as EmailHeaders).announces && r.ticketId);
  if (announcing.length === 0) return new Set();
  const tickets = await db().ticket.findMany({
    where: { id: { in: announcing.map((r) => r.ticketId!) } },
    select: { id: true, status: true, contact: { select: { statusUpdatesOptOutAt: true } } },
  });
  const byId = new Map(tickets.map((t) => [t.id, t]));
  return new Set(
    announcing
      .filter((r) => {
        const t = byId.get(r.ticketId!);
        const announced = (r.headers as EmailHeaders).announces;
        // "resolved" stays true once the case is also closed
        const stillTrue = t && (t.status === announced || (announced === 'resolved' && t.status === 'closed'));
        return !stillTrue || t.contact?.statusUpdatesOptOutAt;
      })
      .map((r) => r.id),
  );
}

/** The one place a message leaves: the registered sender of its channel (src/channels/<name>/sender.ts). */
async function send(n: Notification): Promise<string> {
  return senderRegistry.get(n.channel).send(n);
}

/** After a pause: the circuit may have closed (and released what waited) meanwhile; then this one goes again shortly. */
async function paused(err: ProviderPaused): Promise<DeliveryOutcome> {
  return (await circuitState(err.provider)).openSince ? 'paused' : 'retry';
}

async function release(ids: string[], err: unknown, attempts: number): Promise<DeliveryOutcome> {
  if (err instanceof ProviderPaused && err.cause === undefined) {
    // never handed to the provider (its circuit was open): it waits as it was, the attempt given back
    await db().notification.updateMany({
      where: { id: { in: ids }, status: 'sending' },
      data: { status: 'pending', lockedAt: null, attempts: { decrement: 1 } },
    });
    return paused(err);
  }
  if (err instanceof RecipientUnreachable) {
    await db().notification.updateMany({
      where: { id: { in: ids } },
      data: { status: 'suppressed', lockedAt: null, lastError: err.message },
    });
    return 'suppressed';
  }
  const c = config();
  const final = attempts >= c.OUTBOX_MAX_ATTEMPTS;
  const cause = err instanceof ProviderPaused ? err.cause : err;
  await db().notification.updateMany({
    where: { id: { in: ids } },
    data: {
      status: final ? 'failed' : 'pending',
      lockedAt: null,
      lastError: String((cause as Error).message ?? cause).slice(0, 1000),
      // exponential backoff on the row's own attempts; a row that met its provider's outage waits for the
      // circuit to close instead (it is released with all the others)
      ...(final || err instanceof ProviderPaused
        ? {}
        : { sendAfter: new Date(Date.now() + c.OUTBOX_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1)) }),
    },
  });
  if (final) return 'failed';
  // this very send met the provider's outage: a real attempt, so it counts (a message that itself breaks the
  // connection cannot pause the mail for ever), and it waits with the others for the circuit to close
  return err instanceof ProviderPaused ? paused(err) : 'retry';
}

/** Claims one row (a status update with its companions) and sends it: the relay's way for status updates. */
export async function deliverNotification(id: string): Promise<DeliveryOutcome> {
  const rows = await claimWithCompanions(id);
  if (!rows[0]) {
    // asked a moment before the row is due: it goes when it is (the relay wakes for it)
    const row = await db().notification.findUnique({ where: { id }, select: { status: true, sendAfter: true } });
    return row?.status === 'pending' && row.sendAfter && row.sendAfter > new Date() ? 'retry' : 'skipped';
  }
  return deliverClaimed(rows);
}

/** Sends rows this worker has claimed (one message, or a status update with its companions), keeping their lease. */
export async function deliverClaimed(rows: Notification[]): Promise<DeliveryOutcome> {
  return leased(
    rows.map((r) => r.id),
    () => sendClaimed(rows),
  );
}

async function sendClaimed(rows: Notification[]): Promise<DeliveryOutcome> {
  const n = rows[0];
  const stale = await outdated(rows);
  if (stale.size) {
    await db().notification.updateMany({
      where: { id: { in: [...stale] } },
      data: {
        status: 'suppressed',
        lockedAt: null,
        lastError: 'not sent: the case changed again, or the citizen unsubscribed, before it left',
      },
    });
  }
  const live = rows.filter((r) => !stale.has(r.id));
  if (live.length === 0) return 'suppressed';
  const message = live.length === 1 ? live[0] : { ...live[0], ...bundle(live) };
  try {
    const providerId = await throughCircuit(providerOf(message.channel), () => send(message));
    await Promise.all(live.map((r) => markSent({ id: r.id, providerId })));
    return stale.has(n.id) ? 'suppressed' : 'sent';
  } catch (err) {
    return release(
      live.map((r) => r.id),
      err,
      n.attempts,
    );
  }
}

/**
 * "Sent" is written for the sends that finished while the previous write was under way, in one statement: at a
 * relay's full speed that is one commit for several messages instead of one each. A message waits for its write as
 * before; a process killed in between leaves its rows to the lease, as one killed during a send does.
 */
const markSent = batched<{ id: string; providerId: string }>(async (sent) => {
  await sql(
    `UPDATE notification n SET status = 'sent', provider_id = s.provider_id, sent_at = now(), locked_at = NULL, last_error = NULL
     FROM unnest($1::uuid[], $2::text[]) AS s(id, provider_id) WHERE n.id = s.id`,
    [sent.map((s) => s.id), sent.map((s) => s.providerId)],
  );
});

/** How many rows wait, due, for the channels' provider (told when its circuit closes). */
export async function countWaiting(channels: NotificationChannel[]): Promise<number> {
  return db().notification.count({
    where: {
      status: 'pending',
      channel: { in: channels },
      OR: [{ sendAfter: null }, { sendAfter: { lte: new Date() } }],
    },
  });
}
