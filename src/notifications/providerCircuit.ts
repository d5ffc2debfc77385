import { randomUUID } from 'node:crypto';
import type { NotificationChannel } from '../generated/prisma/enums';
import { config } from '../config';
import { logger } from '../logger';
import { producerRedis } from '../queues';
import { PROVIDERS, senderRegistry, type Provider } from './senders';

/**
 * One circuit breaker per provider, shared by every worker process through Redis. A provider that does not
 * answer at all (connection refused, timeout, a 5xx from Twilio) opens its circuit: the outbox then stops
 * trying its messages, which wait unchanged, and one probe at a time asks the provider again at growing
 * intervals. When it answers, the circuit closes and every outbox relay is woken to send what waited.
 * A refusal of one message (a 550 for one address, Twilio's 21211 for one number) is that message's
 * own failure and leaves the circuit alone.
 */
export { PROVIDERS, type Provider };

// which provider carries a channel, how it fails and how it is asked, each channel's sender says
export const providerOf = (channel: NotificationChannel): Provider => senderRegistry.get(channel).provider;
const sendersOf = (provider: Provider) => senderRegistry.all().filter((s) => s.provider === provider);
const channelsOf = (provider: Provider) => sendersOf(provider).map((s) => s.channel);

/** The provider's circuit is open: the message was not handed to it and waits, its attempts untouched. */
export class ProviderPaused extends Error {
  constructor(
    readonly provider: Provider,
    cause?: unknown,
  ) {
    super(`${provider} provider unreachable: sending paused`, { cause });
  }
}

/** Did the provider fail as a whole (rather than refuse this one message)? */
export function isOutage(provider: Provider, err: unknown): boolean {
  return sendersOf(provider).some((s) => s.isOutage(err));
}

export interface CircuitState {
  provider: Provider;
  /** when the provider was first found unreachable; undefined while it answers */
  openSince?: Date;
  lastError?: string;
}

const key = (provider: Provider) => `${config().REDIS_PREFIX}:circuit:${provider}`;

/** Reads asked for in the current turn of the event loop, by provider (see circuitState). */
const readsThisTurn = new Map<Provider, Promise<CircuitState>>();

/**
 * Redis away: the circuit counts as closed (sending goes on as it did before there was a circuit). Every send asks
 * before it goes; the sends a relay starts together ask in the same turn and share one read, which is as fresh as
 * each of them asking (it is sent after anything they learned before, on the same connection as the circuit's writes).
 */
export function circuitState(provider: Provider): Promise<CircuitState> {
  const asked = readsThisTurn.get(provider);
  if (asked) return asked;
  const read = readCircuit(provider);
  readsThisTurn.set(provider, read);
  setImmediate(() => readsThisTurn.delete(provider));
  return read;
}

async function readCircuit(provider: Provider): Promise<CircuitState> {
  const [openedAt, lastError] = await producerRedis()
    .hmget(key(provider), 'openedAt', 'error')
    .catch(() => [null, null]);
  return {
    provider,
    ...(openedAt ? { openSince: new Date(Number(openedAt)), lastError: lastError ?? undefined } : {}),
  };
}

export async function circuitStates(): Promise<CircuitState[]> {
  return Promise.all(PROVIDERS.map(circuitState));
}

/** The channels whose provider is unreachable now: the outbox relays leave their rows waiting. */
export async function pausedChannels(): Promise<NotificationChannel[]> {
  return (await circuitStates()).filter((s) => s.openSince).flatMap((s) => channelsOf(s.provider));
}

/** Opens the circuit (or keeps it open since the first failure); false if Redis could not be told. */
async function open(provider: Provider, err: unknown): Promise<boolean> {
  const c = config();
  const now = Date.now();
  const result = await producerRedis()
    .multi()
    .hsetnx(key(provider), 'openedAt', String(now))
    .hsetnx(key(provider), 'probeAt', String(now + c.PROVIDER_PROBE_MIN_MS))
    .hsetnx(key(provider), 'delay', String(c.PROVIDER_PROBE_MIN_MS))
    .hset(key(provider), 'error', String((err as Error)?.message ?? err).slice(0, 500))
    .exec()
    .catch(() => null);
  if (!result || result.some(([e]) => e)) return false;
  if (result[0][1] === 1)
    logger.warn(
      { provider, err: (err as Error)?.message },
      `${provider} provider unreachable: sending paused until it answers again`,
    );
  return true;
}

/**
 * The one place a sender is called through: while the provider's circuit is open the message is not
 * attempted (ProviderPaused); a failure of the provider as a whole opens it (ProviderPaused, with the cause).
 */
export async function throughCircuit<T>(provider: Provider, send: () => Promise<T>): Promise<T> {
  if ((await circuitState(provider)).openSince) throw new ProviderPaused(provider);
  try {
    return await send();
  } catch (err) {
    if (isOutage(provider, err) && (await open(provider, err))) throw new ProviderPaused(provider, err);
    throw err;
  }
}

async function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Asks the provider whether it answers, without sending anything (through the first of its channels' senders). */
async function probe(provider: Provider): Promise<unknown> {
  return sendersOf(provider)[0]?.probe();
}

const PROBE_TIMEOUT_MS = 10_000;

/**
 * Probes the provider if its circuit is open and the probe is due, and no other worker is probing.
 * Returns the rows released when the provider answered again.
 */
export async function probeIfDue(
  provider: Provider,
  release: (channels: NotificationChannel[], since: Date) => Promise<number>,
): Promise<number> {
  const redis = producerRedis();
  const [openedAt, probeAt, delay] = await redis.hmget(key(provider), 'openedAt', 'probeAt', 'delay');
  if (!openedAt || Date.now() < Number(probeAt)) return 0;
  const token = randomUUID();
  // one probe at a time across all workers; a worker that dies probing frees the lock when it expires
  if ((await redis.set(`${key(provider)}:probe`, token, 'PX', PROBE_TIMEOUT_MS + 5000, 'NX')) !== 'OK') return 0;
  try {
    await within(PROBE_TIMEOUT_MS, probe(provider));
  } catch (err) {
    const c = config();
    const next = Math.min(Number(delay) * 2, Math.max(c.PROVIDER_PROBE_MAX_MS, c.PROVIDER_PROBE_MIN_MS));
    await redis.hset(
      key(provider),
      'probeAt',
      String(Date.now() + next),
      'delay',
      String(next),
      'error',
      String((err as Error)?.message ?? err).slice(0, 500),
    );
    return 0;
  } finally {
    if ((await redis.get(`${key(provider)}:probe`)) === token) await redis.del(`${key(provider)}:probe`);
  }
  // closed first, then released: a relay woken from here on finds the circuit closed and sends
  await redis.del(key(provider));
  const since = new Date(Number(openedAt));
  const released = await release(channelsOf(provider), since);
  logger.info(
    { provider, unreachableSince: since, released },
    `${provider} provider answers again: the messages that waited are on their way`,
  );
  return released;
}

/** Runs in every worker process: each tick, any provider whose probe is due is probed (by one worker only). */
export function watchProviders(release: (channels: NotificationChannel[], since: Date) => Promise<number>): () => void {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      for (const provider of PROVIDERS) await probeIfDue(provider, release);
    } catch (err) {
      logger.debug({ err }, 'provider probe skipped (Redis or PostgreSQL not answering)');
    } finally {
      busy = false;
    }
  };
  const c = config();
  const timer = setInterval(() => void tick(), Math.min(1000, Math.max(20, Math.floor(c.PROVIDER_PROBE_MIN_MS / 4))));
  timer.unref();
  return () => clearInterval(timer);
}
