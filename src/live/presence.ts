import IORedis, { type Redis } from 'ioredis';
import { config } from '../config';
import { db } from '../db';
import { logger } from '../logger';
import { publishLive, type PresenceSummary } from './events';

/**
 * Who is on which ticket, kept in Redis so every api copy agrees: per ticket a sorted set whose members are
 * `view:<userId>` and `type:<userId>`, scored by when they expire. Viewing lasts 30 s after the last heartbeat,
 * typing 8 s after the last keystroke signal (a reply box left alone stops "typing" soon). Every copy sweeps expired
 * members every two seconds; ZREMRANGEBYSCORE is atomic, so exactly one copy announces each expiry.
 */
export const VIEWING_MS = 30_000;
export const TYPING_MS = 8_000;
const SWEEP_MS = 2_000;

export type PresenceState = 'viewing' | 'typing' | 'left';

let client: Redis | undefined;
function redis(): Redis {
  client ??= new IORedis(config().REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2000 }).on(
    'error',
    () => undefined,
  );
  return client;
}
const keyOf = (ticketId: string) => `${config().REDIS_PREFIX}:presence:${ticketId}`;
const indexKey = () => `${config().REDIS_PREFIX}:presence`;

/** Everyone on the ticket now, with names, each once. */
export async function presenceOf(ticketId: string, now = Date.now()): Promise<PresenceSummary> {
  const members = await redis().zrangebyscore(keyOf(ticketId), now, '+inf');
  const typing = new Set(members.filter((m) => m.startsWith('type:')).map((m) => m.slice(5)));
  const ids = [...new Set(members.map((m) => m.slice(5)))];
  const users = ids.length
    ? await db().user.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true },
        orderBy: { name: 'asc' },
      })
    : [];
  return { ticketId, viewers: users.map((u) => ({ userId: u.id, name: u.name, typing: typing.has(u.id) })) };
}

async function announce(ticketId: string): Promise<void> {
  const ticket = await db().ticket.findUnique({ where: { id: ticketId }, select: { departmentId: true } });
  if (!ticket) return;
  await publishLive({ kind: 'presence', departmentId: ticket.departmentId, data: await presenceOf(ticketId) });
}

/**
 * Records a console's signal. Only a change (someone arrives, starts typing, leaves) is announced; a heartbeat just
 * extends the time, so presence costs the other consoles nothing while people sit still.
 */
export async function signalPresence(userId: string, ticketId: string, state: PresenceState): Promise<void> {
  const now = Date.now();
  const key = keyOf(ticketId);
  const r = redis();
  let changed: boolean;
  if (state === 'left') {
    changed = (await r.zrem(key, `view:${userId}`, `type:${userId}`)) > 0;
  } else {
    const tx = r.multi().zadd(key, now + VIEWING_MS, `view:${userId}`);
    if (state === 'typing') tx.zadd(key, now + TYPING_MS, `type:${userId}`);
    tx.pexpire(key, VIEWING_MS + 5_000).zadd(indexKey(), 'GT', now + VIEWING_MS, ticketId);
    const results = (await tx.exec()) ?? [];
    // ZADD answers 1 for a new member: someone arrived, or started typing again
    changed = results.slice(0, state === 'typing' ? 2 : 1).some(([, added]) => added === 1);
  }
  startSweeping();
  if (changed) await announce(ticketId);
}

/** The tickets someone is on now, for a console that just connected. */
export async function currentPresence(): Promise<PresenceSummary[]> {
  const now = Date.now();
  const ticketIds = await redis().zrangebyscore(indexKey(), now, '+inf');
  const all = await Promise.all(ticketIds.map((id) => presenceOf(id, now)));
  return all.filter((p) => p.viewers.length > 0);
}

async function sweep(): Promise<void> {
  const now = Date.now();
  const r = redis();
  const ticketIds = await r.zrange(indexKey(), 0, -1);
  if (ticketIds.length === 0) return;
  const pipe = r.pipeline();
  for (const id of ticketIds) pipe.zremrangebyscore(keyOf(id), '-inf', now);
  pipe.zremrangebyscore(indexKey(), '-inf', now);
  const results = (await pipe.exec()) ?? [];
  for (let i = 0; i < ticketIds.length; i++) if ((results[i]?.[1] as number) > 0) await announce(ticketIds[i]);
}

let sweeper: NodeJS.Timeout | undefined;
/** Runs on every api copy that has consoles or presence signals; it stops with stopPresence. */
export function startSweeping(): void {
  sweeper ??= setInterval(
    () => void sweep().catch((err) => logger.warn({ err }, 'presence: sweep failed')),
    SWEEP_MS,
  ).unref();
}

export async function stopPresence(): Promise<void> {
  if (sweeper) clearInterval(sweeper);
  sweeper = undefined;
  const c = client;
  client = undefined;
  await c?.quit().catch(() => undefined);
}
