import { db, type Tx } from '../db';
import { config } from '../config';
import type { Notification } from '../generated/prisma/client';
import type { EmailHeaders } from './outbox';
import { RecipientUnreachable, senderRegistry } from './senders';
import { bundle } from './bundle';
import { circuitState, providerOf, ProviderPaused, throughCircuit } from './providerCircuit';
import type { NotificationChannel } from '../generated/prisma/enums';

/** paused: the provider is unreachable; the row waits unchanged until its circuit closes and releases it */
export type DeliveryOutcome = 'sent' | 'skipped' | 'retry' | 'failed' | 'suppressed' | 'paused';

/**
 * Claims the row first: only a pending row that is due, or one whose sender died while holding it (lease
 * expired), is sent. A second worker, a retried job or a re-queue by the sweeper finds nothing to
 * claim, so a message that was sent is never sent again.
 */
async function claim(id: string, tx: Tx = db()): Promise<Notification | undefined> {
  const leaseExpired = new Date(Date.now() - config().OUTBOX_LEASE_MS);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE notification SET status = 'sending', locked_at = now(), attempts = attempts + 1
    WHERE id = ${id}::uuid AND (send_after IS NULL OR send_after <= now())
      AND (status = 'pending' OR (status = 'sending' AND locked_at < ${leaseExpired}))
    RETURNING id`;
  if (rows.length === 0) return undefined;
  return tx.notification.findUniqueOrThrow({ where: { id } });
}

/**
 * A status update is claimed together with the other status updates for the same citizen that are due (or
 * nearly): they go out as one message. One citizen's updates are claimed one sender at a time (an advisory lock
 * on the address), so simultaneous jobs of a bulk change do not each send a part.
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
  const final = attempts >= config().OUTBOX_MAX_ATTEMPTS;
  const cause = err instanceof ProviderPaused ? err.cause : err;
  await db().notification.updateMany({
    where: { id: { in: ids } },
    data: {
      status: final ? 'failed' : 'pending',
      lockedAt: null,
      lastError: String((cause as Error).message ?? cause).slice(0, 1000),
    },
  });
  if (final) return 'failed';
  // this very send met the provider's outage: a real attempt, so it counts (a message that itself breaks the
  // connection cannot pause the mail for ever), and it waits with the others for the circuit to close
  return err instanceof ProviderPaused ? paused(err) : 'retry';
}

export async function deliverNotification(id: string): Promise<DeliveryOutcome> {
  const rows = await claimWithCompanions(id);
  const n = rows[0];
  if (!n) {
    // a job that fired a moment before the row is due tries again shortly instead of waiting for the sweeper
    const row = await db().notification.findUnique({ where: { id }, select: { status: true, sendAfter: true } });
    return row?.status === 'pending' && row.sendAfter && row.sendAfter > new Date() ? 'retry' : 'skipped';
  }
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
    await db().notification.updateMany({
      where: { id: { in: live.map((r) => r.id) } },
      data: { status: 'sent', providerId, sentAt: new Date(), lockedAt: null, lastError: null },
    });
    return stale.has(n.id) ? 'suppressed' : 'sent';
  } catch (err) {
    return release(
      live.map((r) => r.id),
      err,
      n.attempts,
    );
  }
}

/** Rows that are due but may have no job (Redis was away, or a worker died holding them). */
export async function findStrandedNotifications(
  olderThanMs: number,
  limit = 500,
  pausedChannels: NotificationChannel[] = [],
): Promise<string[]> {
  const before = new Date(Date.now() - olderThanMs);
  const leaseExpired = new Date(Date.now() - config().OUTBOX_LEASE_MS);
  const rows = await db().notification.findMany({
    where: {
      // a paused provider's rows wait for its circuit to close, which releases them all at once
      ...(pausedChannels.length ? { channel: { notIn: pausedChannels } } : {}),
      OR: [
        { status: 'pending', createdAt: { lt: before }, OR: [{ sendAfter: null }, { sendAfter: { lt: before } }] },
        { status: 'sending', lockedAt: { lt: leaseExpired } },
      ],
    },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: limit,
  });
  return rows.map((r) => r.id);
}

/** Everything due that waited for the channels' provider, oldest first. */
export async function waitingNotifications(channels: NotificationChannel[]): Promise<string[]> {
  const rows = await db().notification.findMany({
    where: {
      status: 'pending',
      channel: { in: channels },
      OR: [{ sendAfter: null }, { sendAfter: { lte: new Date() } }],
    },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((r) => r.id);
}
